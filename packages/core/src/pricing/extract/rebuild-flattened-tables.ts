// Some HTML-to-markdown exports flatten a table into one paragraph per cell: the column headings
// ("Free Tier", "Paid Tier, per 1M tokens in USD"), then each row as its label ("Input price") followed by
// one paragraph per column ("Free of charge", "$1.25, prompts <= 200k tokens  \n$2.50, prompts > 200k").
// This rebuilds such runs as markdown tables, so the table readers read them like any other table. A tab
// bar above them ("[Standard](#standard)[Batch](#batch)") names, in order, the tier of each table in
// its section; the tier is written as a line of its own above the table, as pages print tier labels.
import { classifyLabel } from "./classify-label";
import { paragraphsOf, type Paragraph } from "./paragraphs-of";
import { mentionsMoney } from "./mentions-money";

const STRUCTURE = /^\s*(?:#|\||[-*+•]\s|>|```|<)/;
const MAX_HEADER = 60;
const MAX_LABEL = 80;
const MAX_VALUE = 400;
const TAB_TIER = /\[(standard|batch|flex|priority)\]\(#[^)]*\)/gi;

function isCellText(p: Paragraph, max: number): boolean {
  return p.text.length <= max && !STRUCTURE.test(p.text);
}

function isHeaderCell(p: Paragraph): boolean {
  return p.start === p.end && isCellText(p, MAX_HEADER) && !mentionsMoney(p.text) && !isRowLabel(p);
}

function isRowLabel(p: Paragraph): boolean {
  if (!isCellText(p, MAX_LABEL) || mentionsMoney(p.text) || p.start !== p.end) return false;
  const t = classifyLabel(p.text);
  return t.io !== undefined || t.cache !== undefined || t.kind !== undefined || /\b(?:price|pricing|cost|fee)\b/i.test(p.text);
}

/** Rows of `width` values after their label, from paragraph `first`; stops at the first that does not fit. */
function readRows(paragraphs: Paragraph[], first: number, width: number): Paragraph[][] {
  const rows: Paragraph[][] = [];
  for (let i = first; i + width < paragraphs.length + 0; i += width + 1) {
    const label = paragraphs[i]!;
    const values = paragraphs.slice(i + 1, i + 1 + width);
    if (values.length < width || !isCellText(label, MAX_LABEL) || mentionsMoney(label.text) || label.start !== label.end) break;
    if (!values.every((v) => isCellText(v, MAX_VALUE))) break;
    // Priced rows are labelled by what they price ("Input price"); a model id with prices is another layout.
    if (values.some((v) => mentionsMoney(v.text)) && !isRowLabel(label)) break;
    // A value that reads as a row label means the columns do not line up.
    if (values.some((v) => isRowLabel(v) && !mentionsMoney(v.text))) break;
    rows.push([label, ...values]);
  }
  return rows;
}

function cell(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/\|/g, "\\|");
}

interface Found {
  header: Paragraph[];
  rows: Paragraph[][];
}

function findTables(paragraphs: Paragraph[]): Found[] {
  const found: Found[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    if (!isRowLabel(paragraphs[i]!)) continue;
    let best: Found | null = null;
    for (let width = 2; width <= 4 && width <= i; width++) {
      const header = paragraphs.slice(i - width, i);
      if (!header.every(isHeaderCell)) continue;
      // The headings follow something that is not a heading cell too, or the table's width is ambiguous.
      const rows = readRows(paragraphs, i, width);
      const priced = rows.filter((r) => r.slice(1).some((v) => mentionsMoney(v.text))).length;
      if (rows.length >= 2 && priced >= 2 && (best === null || rows.length * width > best.rows.length * best.header.length)) best = { header, rows };
    }
    if (best === null) continue;
    found.push(best);
    i += best.rows.length * (best.header.length + 1) - 1;
  }
  return found;
}

/** Rewrites flattened tables as markdown rows; the line count never changes. */
export function rebuildFlattenedTables(text: string): string {
  if (!/\n\s*\n/.test(text)) return text;
  const lines = text.split("\n");
  const paragraphs = paragraphsOf(lines);
  const tables = findTables(paragraphs);
  if (tables.length === 0) return text;
  const out = [...lines];
  // Tab bars give the tiers of the tables after them, up to the next heading.
  let tabs: string[] = [];
  let lastLine = 0;
  for (const table of tables) {
    const first = table.header[0]!.start;
    for (let l = lastLine; l < first; l++) {
      const line = lines[l]!;
      if (/^\s*#/.test(line)) tabs = [];
      const bar = [...line.matchAll(TAB_TIER)].map((m) => m[1]!.toLowerCase());
      if (bar.length >= 2) tabs = bar;
    }
    const lastRow = table.rows[table.rows.length - 1]!;
    const end = lastRow[lastRow.length - 1]!.end;
    lastLine = end + 1;
    const rebuilt = [
      tabs.shift() ?? "",
      `|  | ${table.header.map((h) => cell(h.text)).join(" | ")} |`,
      `| --- |${" --- |".repeat(table.header.length)}`,
      ...table.rows.map((row) => `| ${row.map((p) => cell(lines.slice(p.start, p.end + 1).join(" "))).join(" | ")} |`),
    ];
    for (let l = first; l <= end; l++) out[l] = rebuilt[l - first] ?? "";
  }
  return out.join("\n");
}
