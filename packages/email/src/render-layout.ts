// The frame every alert email shares: a title, the body, and a footer naming the rule that sent it.
import { escapeHtml, escapeScraped } from "./escape-html";

const FONT = "font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#1f2328";

/** `titleHtml` and `bodyHtml` must already be escaped. */
export function renderLayout(input: { titleHtml: string; bodyHtml: string; ruleName: string }): string {
  return [
    "<!doctype html>",
    '<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>',
    `<body style="${FONT};margin:0;padding:24px;background:#f6f8fa">`,
    '<div style="max-width:720px;margin:0 auto;background:#ffffff;border:1px solid #d0d7de;border-radius:6px;padding:24px">',
    `<h1 style="font-size:18px;line-height:1.4;margin:0 0 16px">${input.titleHtml}</h1>`,
    input.bodyHtml,
    `<p style="font-size:12px;color:#656d76;margin:24px 0 0">Sent by ratecard for the alert rule “${escapeHtml(input.ruleName)}”.</p>`,
    "</div></body></html>",
  ].join("\n");
}

export function textFooter(ruleName: string): string {
  return `--\nSent by ratecard for the alert rule "${ruleName}".`;
}

/** Subjects are one line: no control characters, at most 180 characters. */
export function subjectLine(text: string): string {
  const line = Array.from(text, (char) => (char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f ? " " : char)).join("").replace(/\s+/g, " ").trim();
  return line.length > 180 ? `${line.slice(0, 179)}…` : line;
}

export function diffUrl(baseUrl: string | null | undefined, event: { sourceId: string; fromSnapshotId: string | null; toSnapshotId: string }): string | null {
  if (!baseUrl) return null;
  const url = new URL(`sources/${encodeURIComponent(event.sourceId)}`, baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`);
  if (event.fromSnapshotId) url.searchParams.set("from", event.fromSnapshotId);
  url.searchParams.set("to", event.toSnapshotId);
  return url.toString();
}

export function sourceUrl(baseUrl: string | null | undefined, sourceId: string): string | null {
  if (!baseUrl) return null;
  return new URL(`sources/${encodeURIComponent(sourceId)}`, baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`).toString();
}

/** A link to the dashboard (trusted: built from the configured base URL and ids). */
export function linkButton(href: string, label: string): string {
  return `<p style="margin:16px 0"><a href="${escapeHtml(href)}" style="display:inline-block;background:#0969da;color:#ffffff;text-decoration:none;padding:8px 14px;border-radius:6px">${escapeHtml(label)}</a></p>`;
}

/** Label/value rows (labels are ours, values may be scraped and are escaped as such). */
export function factsTable(facts: readonly (readonly [string, string])[]): string {
  const rows = facts
    .map(([k, v]) => `<tr><th style="text-align:left;padding:4px 12px 4px 0;vertical-align:top">${escapeHtml(k)}</th><td style="padding:4px 0;word-break:break-word">${escapeScraped(v)}</td></tr>`)
    .join("\n");
  return `<table style="border-collapse:collapse;font-size:14px">${rows}</table>`;
}
