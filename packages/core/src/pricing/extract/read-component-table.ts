// Reads docs-site table components left in markdown exports:
// <DocTable columns={[{ title: "Model" }, ...]} rows={[["kimi-k2.6", "1M tokens", <>{"$"}0.16</>], ...]} />
import type { PageIndex } from "./index-page";
import { readTableRows, type TableReading, type TableRow } from "./read-table-rows";

const ELEMENT = /"((?:[^"\\]|\\.)*)"|<>(.*?)<\/>/g;

function parseArrayRow(line: string): string[] {
  const cells: string[] = [];
  for (let m = ELEMENT.exec(line); m !== null; m = ELEMENT.exec(line)) {
    cells.push(m[1] !== undefined ? m[1].replace(/\\"/g, '"') : (m[2] ?? "").replace(/\{"([^"]*)"\}/g, "$1"));
  }
  ELEMENT.lastIndex = 0;
  return cells;
}

export function readComponentTable(page: PageIndex, known: Set<string>): TableReading {
  const reading: TableReading = { candidates: [], orphans: [] };
  const lines = page.lines;
  for (let i = 0; i < lines.length; i++) {
    if (!/columns=\{\[/.test(lines[i]!.text)) continue;
    const titles: string[] = [];
    const rows: TableRow[] = [];
    let j = i;
    let inRows = false;
    for (; j < lines.length && j < i + 400; j++) {
      const text = lines[j]!.text;
      if (/rows=\{\[/.test(text)) inRows = true;
      const title = /title:\s*"((?:[^"\\]|\\.)*)"/.exec(text);
      if (!inRows && title) titles.push(title[1]!);
      if (inRows && /^\s*\[/.test(text)) rows.push({ cells: parseArrayRow(text), line: j, evidence: text.trim(), header: false });
      lines[j]!.kind = "table";
      if (/^\s*\/>\s*$/.test(text) || (inRows && /^\s*\]\}\s*$/.test(text))) break;
    }
    if (titles.length > 0 && rows.length > 0) {
      const r = readTableRows(page, [{ cells: titles, line: i, evidence: "", header: true }, ...rows], known);
      reading.candidates = reading.candidates.concat(r.candidates);
      reading.orphans = reading.orphans.concat(r.orphans);
    }
    i = j;
  }
  return reading;
}
