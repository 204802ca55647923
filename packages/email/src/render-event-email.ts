// One price change: the sentence, old and new side by side with the rows they were read from, and a
// link to the diff in the dashboard. Every scraped string is escaped and cannot become a link.
import { escapeHtml, escapeScraped } from "./escape-html";
import { formatPrice } from "./format-price";
import { diffUrl, linkButton, renderLayout, subjectLine, textFooter } from "./render-layout";
import type { AlertEventView, RenderedEmail, RenderOptions } from "./types";

export function renderEventEmail(input: { ruleName: string; event: AlertEventView }, options: RenderOptions = {}): RenderedEmail {
  const { event, ruleName } = input;
  const link = diffUrl(options.baseUrl, event);
  const summary = event.summary || `${event.kind.replace(/_/g, " ")}: ${event.model ?? ""}`.trim();
  const before = formatPrice(event.oldValue, event.currency, event.unit);
  const after = formatPrice(event.newValue, event.currency, event.unit);

  const text = [
    summary,
    "",
    `Before: ${before}`,
    `After:  ${after}`,
    ...(event.oldEvidence ? ["", "Read before from:", `  ${event.oldEvidence}`] : []),
    ...(event.newEvidence ? ["", "Read now from:", `  ${event.newEvidence}`] : []),
    "",
    `Source: ${event.sourceName} (${event.sourceUrl})`,
    `Detected: ${event.detectedAt}`,
    ...(link ? [`Diff: ${link}`] : []),
    "",
    textFooter(ruleName),
  ].join("\n");

  const cell = "padding:8px;border:1px solid #d0d7de;vertical-align:top";
  const evidence = (value: string | null) =>
    value ? `<code style="white-space:pre-wrap;word-break:break-word;font-size:12px">${escapeScraped(value)}</code>` : '<span style="color:#656d76">—</span>';
  const bodyHtml = [
    '<table style="border-collapse:collapse;width:100%;font-size:14px">',
    `<tr><th style="${cell};text-align:left;background:#f6f8fa"></th><th style="${cell};text-align:left;background:#f6f8fa">Before</th><th style="${cell};text-align:left;background:#f6f8fa">After</th></tr>`,
    `<tr><th style="${cell};text-align:left">Price</th><td style="${cell}">${escapeScraped(before)}</td><td style="${cell}"><strong>${escapeScraped(after)}</strong></td></tr>`,
    `<tr><th style="${cell};text-align:left">Evidence</th><td style="${cell}">${evidence(event.oldEvidence)}</td><td style="${cell}">${evidence(event.newEvidence)}</td></tr>`,
    "</table>",
    `<p style="font-size:13px;color:#656d76">Source: ${escapeScraped(event.sourceName)} (${escapeScraped(event.sourceUrl)}) · detected ${escapeHtml(event.detectedAt)}</p>`,
    link ? linkButton(link, "View the diff") : "",
  ].join("\n");

  return {
    subject: subjectLine(`[ratecard] ${summary}`),
    text,
    html: renderLayout({ titleHtml: escapeScraped(summary), bodyHtml, ruleName }),
  };
}
