// `ratecard alerts test`: proves that SMTP works and that the rule's recipients receive ratecard's email.
import { escapeHtml } from "./escape-html";
import { renderLayout, subjectLine, textFooter } from "./render-layout";
import type { AlertMessage, RenderedEmail } from "./types";

export function renderTestEmail(message: Extract<AlertMessage, { kind: "test" }>): RenderedEmail {
  const body = `This is a test alert, requested at ${message.requestedAt}. If you can read it, ratecard can email you: price changes matching this rule will arrive like this one.`;
  return {
    subject: subjectLine(`[ratecard] Test alert for rule "${message.ruleName}"`),
    text: [body, "", textFooter(message.ruleName)].join("\n"),
    html: renderLayout({ titleHtml: "Test alert", bodyHtml: `<p style="font-size:14px">${escapeHtml(body)}</p>`, ruleName: message.ruleName }),
  };
}
