// Text copied from a rendered table keeps its cells apart with tabs, but a cell's own line breaks become
// lines of their own: "1M TOKENS\nINPUT PRICE\n(CACHE HIT)\t1M TOKENS\n..." is one header row, and
// "$0.07(5)\n$0.014\t$0.27(5)" one body row whose cells hold two prices. This rebuilds such blocks as
// markdown table rows, one line per row, so the table readers read them like any other table.

const FOOTNOTE_LINE = /^\s*(?:\(\d{1,2}\)|\[\d{1,2}\]|\d{1,2}[.)]\s|[*†‡])/;
/** Longest line without a tab that still continues a finished row's last cell ("OUTPUT PRICE", "$0.28"). */
const MAX_CONTINUATION = 40;

function tabCount(line: string): number {
  let n = 0;
  for (const ch of line) if (ch === "\t") n++;
  return n;
}

/** A line without a tab that can be the rest of a cell: short, and not a footnote. */
function continuesCell(line: string): boolean {
  return line.trim().length <= MAX_CONTINUATION && !FOOTNOTE_LINE.test(line);
}

function toRow(raw: string): string {
  const cells = raw.split("\t").map((cell) => cell.replace(/\s*\n\s*/g, " ").replace(/\s+/g, " ").trim().replace(/\|/g, "\\|"));
  return `| ${cells.join(" | ")} |`;
}

/**
 * Rewrites each block of tab-separated rows (at least two rows of three or more cells) as markdown table
 * rows. The line count never grows: a block's rows are followed by blank lines for the lines its
 * multi-line cells took, so every line after it keeps its number.
 */
export function rebuildTabTables(text: string): string {
  if (!text.includes("\t")) return text;
  const lines = text.split("\n");
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    if (tabCount(lines[i]!) < 2) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    // The block: the run of non-blank lines from here. Its width is its widest single line.
    let end = i;
    while (end < lines.length && lines[end]!.trim() !== "") end++;
    let width = 0;
    for (let j = i; j < end; j++) width = Math.max(width, tabCount(lines[j]!));
    const rows: string[] = [];
    let current: string | null = null;
    let tabs = 0;
    let j = i;
    for (; j < end; j++) {
      const line = lines[j]!;
      const n = tabCount(line);
      // A line of words without a tab right above a full-width row is that row's first cell broken over
      // lines (a group label "DISCOUNT PRICE" over "(UTC 16:30-00:30)\t..."), not the end of the row before.
      const opensNext = current !== null && n === 0 && j + 1 < end && tabCount(lines[j + 1]!) === width && !/[$€£¥]\s?\d|\d\s?(?:元|€)/.test(line);
      if (opensNext) {
        rows.push(current!);
        current = line;
        tabs = 0;
      } else if (current === null) {
        current = line;
        tabs = n;
      } else if (tabs < width && tabs + n <= width && (n > 0 || continuesCell(line))) {
        current += `\n${line}`;
        tabs += n;
      } else if (n > 0) {
        // A finished row, or a narrower one that the next row would overflow: a row that leaves out the
        // group cell spanning down from the row above ("1M TOKENS OUTPUT\t$1.10\t$2.19" under "STANDARD PRICE").
        rows.push(current);
        current = line;
        tabs = n;
      } else if (continuesCell(line)) {
        current += `\n${line}`;
      } else break;
    }
    if (current !== null) rows.push(current);
    // Full-width rows, or rows one cell short that leave out a group cell spanning down from above.
    const complete = rows.filter((row) => tabCount(row) >= Math.max(2, width - 1));
    if (rows.length < 2 || complete.length < 2) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    for (const row of rows) out.push(toRow(row));
    for (let k = rows.length; k < j - i; k++) out.push("");
    i = j;
  }
  return out.join("\n");
}
