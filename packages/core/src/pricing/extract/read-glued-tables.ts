// Reads tables of html-to-text captures that lost their cell boundaries and wrapped at 80 columns:
// "ModelEndpointInput (USD)Output (USD)Mistral\n7Bopen-mistral-7b0.25$ / 1M tokens0.25$ / 1M tokens...".
// Each row is a name followed by as many prices as the header has price columns.
import { classifyLabel } from "./classify-label";
import { cleanModelName } from "../models/clean-model-name";
import { findSectionContext } from "./find-section-context";
import type { PageIndex } from "./index-page";
import { looksLikeModelName } from "./looks-like-model-name";
import { mergeTraits } from "./merge-traits";
import { parseGluedHeader } from "./parse-glued-header";
import { parsePriceCell } from "./parse-price-cell";
import { isFreeCell, readFreeCell } from "./read-free-cell";
import type { TableReading } from "./read-table-rows";
import { splitEndpointName } from "./split-endpoint-name";
import type { PriceMention } from "./types";

/** Glued text with spaces put back where a unit or a name ran into the next cell; `map` leads back to the original. */
function unglue(text: string): { text: string; map: number[] } {
  // "1M tokensgpt-4", "tokens0.2€", "open-mistral-7b0.25$" (a number running into a currency is a new cell).
  const breaks = new Set<number>();
  const re = /(?:tokens|characters|image|minute|second|session|requests?)(?=[A-Za-z0-9])|[A-Za-z](?=\d+(?:[.,]\d+)?\s?[$€£](?!\s?\d))/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) breaks.add(m.index + m[0].length);
  let out = "";
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (breaks.has(i)) {
      out += " ";
      map.push(i);
    }
    out += text[i];
    map.push(i);
  }
  map.push(text.length);
  return { text: out, map };
}

// What follows a price in the same cell: more unit ("/ assistant / day") and notes in parentheses.
const CELL_TAIL = /^(?:\s*\/\s*[A-Za-z]+|\s*\([^)]*\))*/;

interface GluedRow {
  nameStart: number;
  name: string;
  /** The row's cells in column order: a price (zero for "Free"), or null for an empty cell ("-", "N/A"). */
  mentions: (PriceMention | null)[];
  end: number;
}

/** A cell with no price ("Free", "-", "N/A") glued to the cell before it: "Big PickleFreeFree-", "$0.10-". */
const EMPTY_CELL = /(?<=[^\s])(?:Free|N\/A|[-–—])(?=[A-Z$\-–—]|Free|N\/A|\s*$)/g;

function emptyCells(text: string, mentions: PriceMention[]): { start: number; end: number }[] {
  const cells: { start: number; end: number }[] = [];
  EMPTY_CELL.lastIndex = 0;
  for (let m = EMPTY_CELL.exec(text); m !== null; m = EMPTY_CELL.exec(text)) {
    const start = m.index;
    if (mentions.some((x) => start >= x.start && start < x.end)) continue;
    // A dash inside a name ("GLM-4.7") joins letters; an empty cell follows a price or another empty cell
    // (the pattern's look-behind already refuses one after a space).
    const afterValue = mentions.some((x) => x.end === start) || cells.some((c) => c.end === start) || m[0] === "Free" || m[0] === "N/A";
    if (!afterValue) continue;
    cells.push({ start, end: start + m[0].length });
  }
  return cells;
}

const BOLD = "\u2063\u2063";
// "voyage-3.5-liteLatency-sensitive applications32K": a lower-case API id, then the next cell's capital.
const LEADING_ID = /^\s*([a-z][a-z0-9]*(?:[-./:_][a-z0-9]+)+)(?=[A-Z])/;

export function readGluedTables(page: PageIndex, known: Set<string>): TableReading {
  const out: TableReading = { candidates: [], orphans: [] };
  const lines = page.lines;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.kind !== "text") continue;
    const header = parseGluedHeader(lines[i]!.text);
    if (header === null) continue;
    // The block: the header line's remainder and the wrapped lines after it, up to a blank line.
    let last = i;
    while (last + 1 < lines.length && lines[last + 1]!.kind === "text") last++;
    const starts: number[] = [];
    let joined = "";
    for (let k = i; k <= last; k++) {
      const piece = k === i ? lines[k]!.text.slice(header.end) : lines[k]!.text.trim();
      starts.push(joined.length + (k === i ? 0 : 1));
      joined += (k === i ? "" : " ") + piece;
    }
    const lineAt = (offset: number): number => {
      let k = 0;
      while (k + 1 < starts.length && starts[k + 1]! <= offset) k++;
      return i + k;
    };
    const priceCols = header.columns.filter((c) => c.role === "price");
    const hasId = header.columns.some((c) => c.role === "id");
    // Recognised even when unreadable, so that no other reader takes a fragment of a row for a price.
    for (let k = i; k <= last; k++) lines[k]!.kind = "table";
    // Qualifier columns (quality, resolution) are glued to the name with nothing to split them by.
    if (header.columns.some((c) => c.role === "qualifier")) {
      out.orphans.push(i);
      continue;
    }
    // With a Description or attribute column the name is told from the words after it by its bold
    // ("**MiniMax-M2**Agentic ..."; the bold marks become two invisible separators of the same length, which the
    // price reader keeps) or, as an API id, by the capital that starts the next cell ("voyage-3.5General-purpose").
    const described = header.columns.some((c) => c.role === "description" || c.role === "attribute");
    const unescaped = joined.replace(/\\([$*_])/g, "$1");
    const { text, map } = unglue(described ? unescaped.replace(/\*\*|__/g, BOLD) : unescaped.replace(/\*\*|__/g, ""));
    const mentions = parsePriceCell(text);
    if (mentions.length === 0) continue;

    const cells: { start: number; end: number; mention: PriceMention | null }[] = [
      ...mentions.map((mention) => ({ start: mention.start, end: mention.end, mention })),
      // "Free" is a price of zero in the table's currency; "-" and "N/A" are empty.
      ...emptyCells(text, mentions).map((c) => ({ ...c, mention: isFreeCell(text.slice(c.start, c.end)) ? readFreeCell(mentions[0]!.currency ?? undefined, c.start, c.end) : null })),
    ].sort((a, b) => a.start - b.start);
    const rows: GluedRow[] = [];
    let prevEnd = 0;
    for (const cell of cells) {
      const gap = text.slice(prevEnd, cell.start);
      const tail = rows.length > 0 ? CELL_TAIL.exec(gap)![0].length : 0;
      const name = gap.slice(tail).trim();
      if (rows.length > 0) rows[rows.length - 1]!.end = prevEnd + tail;
      if (name !== "" || rows.length === 0) rows.push({ nameStart: prevEnd + tail + (gap.slice(tail).length - gap.slice(tail).trimStart().length), name, mentions: [], end: cell.end });
      rows[rows.length - 1]!.mentions.push(cell.mention);
      prevEnd = cell.end;
    }
    if (rows.length > 0) rows[rows.length - 1]!.end = prevEnd + CELL_TAIL.exec(text.slice(prevEnd))![0].length;

    const section = findSectionContext(page, i).traits;
    const colTraits = priceCols.map((c) => classifyLabel(c.label));
    for (const row of rows) {
      const evidence = joined.slice(map[row.nameStart]!, map[row.end]!).trim();
      const line = lineAt(map[row.nameStart]!);
      const named = described ? (new RegExp(String.raw`^\s*${BOLD}([^${BOLD[0]}]+)${BOLD}`).exec(row.name) ?? LEADING_ID.exec(row.name)) : null;
      if (described && named === null) {
        out.orphans.push(line);
        continue;
      }
      const rowName = named !== null ? named[1]! : row.name;
      const split = hasId ? splitEndpointName(rowName) : { name: rowName };
      const model = cleanModelName(split.name);
      if (row.mentions.length !== priceCols.length || !looksLikeModelName(model)) {
        out.orphans.push(line);
        continue;
      }
      known.add(model);
      row.mentions.forEach((mention, c) => {
        if (mention === null || mention.approximate || mention.note.subscription) return;
        const note = mention.noteText.startsWith("(") ? mention.note : undefined;
        const traits = mergeTraits(section, colTraits[c], note, split.id !== undefined ? { qualifiers: { endpoint: split.id } } : undefined,
          { unit: mention.unit ?? undefined, currency: mention.currency ?? undefined });
        if (traits.subscription || traits.free) return;
        out.candidates.push({ model, traits, amountText: mention.amountText, amount: mention.amount, evidence, line });
      });
    }
  }
  return out;
}
