// The weekly traction report: a table already formatted by the traction module, rendered as an email.
import { escapeHtml, escapeScraped } from "./escape-html";
import { renderLayout, subjectLine, textFooter } from "./render-layout";
import type { AlertMessage, RenderedEmail } from "./types";

type TractionMessage = Extract<AlertMessage, { kind: "traction" }>;

export function renderTractionEmail(message: TractionMessage): RenderedEmail {
  const { report } = message;
  const widths = report.headers.map((header, i) => Math.max(header.length, ...report.rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  const table = report.text ?? [line(report.headers), line(widths.map((w) => "-".repeat(w))), ...report.rows.map(line), ...(report.notes && report.notes.length > 0 ? ["", ...report.notes] : [])].join("\n");
  const text = [report.title, "", table, "", textFooter(message.ruleName)].join("\n");
  const cell = "padding:6px 10px;border-bottom:1px solid #d0d7de;text-align:left";
  const bodyHtml = [
    '<table style="border-collapse:collapse;width:100%;font-size:13px">',
    `<tr>${report.headers.map((h) => `<th style="${cell};background:#f6f8fa">${escapeHtml(h)}</th>`).join("")}</tr>`,
    ...report.rows.map((row) => `<tr>${row.map((c) => `<td style="${cell}">${escapeScraped(c)}</td>`).join("")}</tr>`),
    "</table>",
    ...(report.notes ?? []).map((note) => `<p style="font-size:12px;color:#656d76">${escapeScraped(note)}</p>`),
  ].join("\n");
  return {
    subject: subjectLine(`[ratecard] ${report.title}`),
    text,
    html: renderLayout({ titleHtml: escapeHtml(report.title), bodyHtml, ruleName: message.ruleName }),
  };
}
