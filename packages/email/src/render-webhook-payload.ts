// The webhook body: Slack-compatible ({ text, blocks }) so an incoming-webhook URL works as is, plus the
// structured message under `ratecard` for scripts. Receivers should dedupe on `ratecard.deliveryId`.
import { renderAlertEmail } from "./render-alert-email";
import { diffUrl } from "./render-layout";
import type { AlertMessage, RenderOptions } from "./types";

export interface WebhookPayload {
  text: string;
  blocks?: unknown[];
  ratecard: { version: 1; deliveryId: string; kind: AlertMessage["kind"]; rule: string; message: AlertMessage };
}

/** Slack reads <url|label> and &lt; as markup: escape them, and break "://" so scraped URLs stay text. */
function slackText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/:\/\//g, ":\u200b//");
}

export function renderWebhookPayload(message: AlertMessage, options: RenderOptions & { deliveryId: string }): WebhookPayload {
  const email = renderAlertEmail(message, options);
  const headline = email.subject.replace(/^\[ratecard\]\s*/, "");
  const lines: string[] = [];
  if (message.kind === "event") {
    const link = diffUrl(options.baseUrl, message.event);
    lines.push(slackText(message.event.summary) + (link ? ` <${link}|diff>` : ""));
  } else if (message.kind === "digest") {
    for (const event of message.events.slice(0, 40)) {
      const link = diffUrl(options.baseUrl, event);
      lines.push(`• ${slackText(event.summary)}${link ? ` <${link}|diff>` : ""}`);
    }
    if (message.events.length > 40) lines.push(`… and ${message.events.length - 40} more`);
  } else {
    lines.push(slackText(email.text.split("\n--\n")[0] ?? headline));
  }
  const text = message.kind === "event" ? lines[0]! : `*${slackText(headline)}*\n${lines.join("\n")}`;
  return {
    text,
    blocks: [{ type: "section", text: { type: "mrkdwn", text: text.slice(0, 2900) } }],
    ratecard: { version: 1, deliveryId: options.deliveryId, kind: message.kind, rule: message.ruleName, message },
  };
}
