// A rendered table of models that an HTML-to-text export flattened into one paragraph per cell: the
// column headings ("Model", "Capabilities", "Context window", "Text Input", "Image Input", "Output"), then
// per model its id, any badge or description paragraphs ("New", "Pushing the frontier ..."), and its value
// cells ("2M", "$0.20", "\-", "$0.50"). Icon-only cells (Capabilities) print nothing, so a row's values are
// the last columns' (right-aligned). Rebuilt as a markdown table so the table readers read it; the line
// count never changes.
import { classifyLabel } from "./classify-label";
import { paragraphsOf, type Paragraph } from "./paragraphs-of";
import { mentionsMoney } from "./mentions-money";

const FIRST_HEADER = /^(?:models?|model name|model id|name)$/i;
// A value cell: a price, a number with its magnitude ("2M", "131072", "256k"), or an empty mark.
const VALUE = /^(?:(?:US)?[$€£¥]\s?\d[\d,]*(?:\.\d+)?(?:\s*(?:\/|per)\s*[\w ]{1,30})?|\d[\d,]*(?:\.\d+)?\s?[kKmMbB]?|\\?[-–—]|n\/a|free)$/i;
// A unit paragraph of its own after a price ("per image").
const UNIT_SUFFIX = /^(?:\/|per)\s+[a-z][\w ]{0,30}$/i;
// A model id ("grok-4-1-fast-reasoning", "gpt-4o") or a short name with a version ("Claude Opus 4.6").
const MODEL_ID = /^[a-z][\w.:/@-]*(?:\d[\w.:/@-]*|-[\w.:/@-]+)$/i;
const MODEL_NAME = /^[A-Za-z][\w.-]*(?:\s+[\w.-]+){0,4}$/;
const MAX_HEADERS = 10;
const MAX_NOTES = 3;

function isHeader(p: Paragraph): boolean {
  return p.start === p.end && p.text.length <= 40 && !/\d/.test(p.text) && !mentionsMoney(p.text) && !isRowStart(p);
}

function isRowStart(p: Paragraph): boolean {
  const t = p.text;
  if (p.start !== p.end || t.length > 60) return false;
  return MODEL_ID.test(t) || (MODEL_NAME.test(t) && /\d/.test(t) && !VALUE.test(t));
}

function isValue(p: Paragraph): boolean {
  return p.start === p.end && VALUE.test(p.text);
}

interface Row {
  name: Paragraph;
  values: string[];
  end: number;
}

/** The row that starts at paragraph `i`, and the index after it; null when none does. */
function readRow(paragraphs: Paragraph[], i: number, width: number): { row: Row; next: number } | null {
  const name = paragraphs[i];
  if (name === undefined || !isRowStart(name)) return null;
  let j = i + 1;
  let notes = 0;
  while (j < paragraphs.length && !isValue(paragraphs[j]!) && !isRowStart(paragraphs[j]!) && notes < MAX_NOTES && paragraphs[j]!.text.length <= 200) {
    j++;
    notes++;
  }
  const values: string[] = [];
  let end = paragraphs[j - 1]!.end;
  while (j < paragraphs.length && values.length < width) {
    const p = paragraphs[j]!;
    if (isValue(p)) values.push(p.text.replace(/^\\(?=[-–—])/, ""));
    else if (UNIT_SUFFIX.test(p.text) && values.length > 0) values[values.length - 1] += ` ${p.text}`;
    else break;
    end = p.end;
    j++;
  }
  // A unit paragraph right after the last value still belongs to it.
  if (j < paragraphs.length && UNIT_SUFFIX.test(paragraphs[j]!.text) && values.length > 0) {
    values[values.length - 1] += ` ${paragraphs[j]!.text}`;
    end = paragraphs[j]!.end;
    j++;
  }
  if (values.length === 0) return null;
  return { row: { name, values, end }, next: j };
}

interface Found {
  header: Paragraph[];
  rows: Row[];
}

function findTables(paragraphs: Paragraph[]): Found[] {
  const found: Found[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    if (!FIRST_HEADER.test(paragraphs[i]!.text) || paragraphs[i]!.start !== paragraphs[i]!.end) continue;
    let k = i + 1;
    while (k < paragraphs.length && k - i < MAX_HEADERS && isHeader(paragraphs[k]!)) k++;
    const header = paragraphs.slice(i, k);
    // Priced columns: at least two headings say what they price ("Text Input", "Output").
    if (header.slice(1).filter((h) => classifyLabel(h.text).io !== undefined).length < 2) continue;
    const rows: Row[] = [];
    let next = k;
    for (;;) {
      const read = readRow(paragraphs, next, header.length - 1);
      if (read === null) break;
      rows.push(read.row);
      next = read.next;
    }
    if (rows.length < 2 || rows.filter((r) => r.values.some((v) => mentionsMoney(v))).length < 2) continue;
    found.push({ header, rows });
    i = next - 1;
  }
  return found;
}

function cell(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/\|/g, "\\|");
}

export function rebuildModelRowTables(text: string): string {
  if (!/\n\s*\n/.test(text)) return text;
  const lines = text.split("\n");
  const tables = findTables(paragraphsOf(lines));
  if (tables.length === 0) return text;
  const out = [...lines];
  for (const { header, rows } of tables) {
    const width = header.length - 1;
    const rebuilt = [
      `| ${header.map((h) => cell(h.text)).join(" | ")} |`,
      `|${" --- |".repeat(header.length)}`,
      ...rows.map((r) => {
        const cells = [...Array<string>(width - r.values.length).fill(""), ...r.values];
        return `| ${cell(r.name.text)} | ${cells.map(cell).join(" | ")} |`;
      }),
    ];
    const first = header[0]!.start;
    const end = rows[rows.length - 1]!.end;
    for (let l = first; l <= end; l++) out[l] = rebuilt[l - first] ?? "";
  }
  return out.join("\n");
}
