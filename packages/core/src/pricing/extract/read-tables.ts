// Reads every markdown-style table on the page ("| Model | Input | Output |" rows, one per line).
import type { PageIndex } from "./index-page";
import { readTableRows, type TableReading, type TableRow } from "./read-table-rows";

const SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * Splits "| a | b \| c |" into cells; a lone currency cell joins the amount after it ("| $ | 3.00 |"). Under a
 * header as wide as the split row (a heading spanning both cells), the joined pair keeps both columns.
 */
function splitRow(line: string, headerWidth: number): string[] {
  // A line break inside a cell ("$0.027 per M input tokens <br/> $0.201 per M output tokens") separates as a
  // space, as it does in an HTML cell: its "/>" is no "> N tokens" bound.
  const cells = line.split(/(?<!\\)\|/).map((c) => c.replace(/<br\s*\/?>/gi, " ").replace(/\s+/g, " ").trim());
  if (/^\s*\|/.test(line)) cells.shift();
  if (/\|\s*$/.test(line)) cells.pop();
  const keepWidth = cells.length === headerWidth;
  const out: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (/^(?:\$|US\$|€|£|¥|USD|EUR)$/.test(cell) && i + 1 < cells.length && /^\d/.test(cells[i + 1]!)) {
      out.push(`${cell}${cells[i + 1]}`);
      if (keepWidth) out.push("");
      i++;
    } else out.push(cell);
  }
  return out;
}

export function readTables(page: PageIndex, known: Set<string>): TableReading {
  const reading: TableReading = { candidates: [], orphans: [] };
  for (const [first, last] of page.tables) {
    const rows: TableRow[] = [];
    const hasSeparator = page.lines.slice(first, last + 1).some((l) => SEPARATOR.test(l.text) && l.text.includes("-"));
    let beforeSeparator = hasSeparator;
    let headerWidth = 0;
    for (let i = first; i <= last; i++) {
      const text = page.lines[i]!.text;
      if (SEPARATOR.test(text) && text.includes("-")) {
        beforeSeparator = false;
        continue;
      }
      const cells = splitRow(text, beforeSeparator ? -1 : headerWidth);
      if (beforeSeparator) headerWidth = Math.max(headerWidth, cells.length);
      if (cells.every((c) => c === "")) continue;
      rows.push({ cells, line: i, evidence: text.trim(), header: beforeSeparator });
    }
    const r = readTableRows(page, rows, known);
    reading.candidates = reading.candidates.concat(r.candidates);
    reading.orphans = reading.orphans.concat(r.orphans);
  }
  return reading;
}
