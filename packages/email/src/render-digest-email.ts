// A daily or weekly digest: the period's events grouped by provider, one sentence and one link each.
import { escapeHtml, escapeScraped } from "./escape-html";
import { diffUrl, renderLayout, subjectLine, textFooter } from "./render-layout";
import type { AlertEventView, AlertMessage, RenderedEmail, RenderOptions } from "./types";

type DigestMessage = Extract<AlertMessage, { kind: "digest" }>;

export function renderDigestEmail(input: Omit<DigestMessage, "kind">, options: RenderOptions = {}): RenderedEmail {
  const groups = groupByProvider(input.events);
  const period = input.cadence === "daily" ? "Daily" : "Weekly";
  const count = `${input.events.length} change${input.events.length === 1 ? "" : "s"}`;
  const names = [...groups.keys()];
  const title = `${period} digest: ${count}${names.length > 0 ? ` (${names.slice(0, 4).join(", ")}${names.length > 4 ? ", …" : ""})` : ""}`;
  const window = `${input.periodStart} to ${input.periodEnd}`;

  const textLines = [title, `Changes detected from ${window}.`, ""];
  const html: string[] = [`<p style="font-size:13px;color:#656d76">Changes detected from ${escapeHtml(window)}.</p>`];
  for (const [provider, events] of groups) {
    textLines.push(provider, "-".repeat(provider.length));
    html.push(`<h2 style="font-size:15px;margin:20px 0 8px">${escapeScraped(provider)}</h2>`, '<ul style="padding-left:20px;margin:0">');
    for (const event of events) {
      const link = diffUrl(options.baseUrl, event);
      textLines.push(`- ${event.summary}`, `  ${event.sourceName}${link ? `: ${link}` : ""}`);
      html.push(
        `<li style="margin:0 0 8px">${escapeScraped(event.summary)}<br><span style="font-size:12px;color:#656d76">${escapeScraped(event.sourceName)}</span>` +
          (link ? ` · <a href="${escapeHtml(link)}" style="font-size:12px">diff</a>` : "") +
          "</li>",
      );
    }
    html.push("</ul>");
    textLines.push("");
  }
  textLines.push(textFooter(input.ruleName));
  return {
    subject: subjectLine(`[ratecard] ${title}`),
    text: textLines.join("\n"),
    html: renderLayout({ titleHtml: escapeScraped(title), bodyHtml: html.join("\n"), ruleName: input.ruleName }),
  };
}

/** Providers in alphabetical order, events in the order detected; events without a provider come last. */
function groupByProvider(events: readonly AlertEventView[]): Map<string, AlertEventView[]> {
  const groups = new Map<string, AlertEventView[]>();
  const sorted = [...events].sort((a, b) => providerLabel(a).localeCompare(providerLabel(b)) || a.detectedAt.localeCompare(b.detectedAt));
  for (const event of sorted) {
    const key = providerLabel(event);
    groups.set(key, [...(groups.get(key) ?? []), event]);
  }
  const other = groups.get("~other");
  if (other) {
    groups.delete("~other");
    groups.set("Other", other);
  }
  return groups;
}

function providerLabel(event: AlertEventView): string {
  const id = event.provider?.trim();
  if (!id) return "~other";
  // The summary starts with the provider as the sentence spells it ("OpenAI: …"); use that spelling.
  const spelled = event.summary.split(":")[0]?.trim();
  if (spelled && spelled.toLowerCase() === id.toLowerCase()) return spelled;
  return id.charAt(0).toUpperCase() + id.slice(1);
}
