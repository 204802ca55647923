// A hand-written table whose header has one cell more than every row ("| Model | PRICE PER MILLION TOKENS |
// CURRENT SPEED | PRICE |" over "| Gemma 7b It | ~950 tokens/s | $0.07/$0.07 |"): the header cell to drop is
// the one that puts the prices under price headers and the words under the others.
import { classifyLabel } from "./classify-label";

const PRICE_HEADER = /price|cost|pricing|\$|€|usd/i;

function pricesUnder(header: string): boolean {
  const traits = classifyLabel(header);
  return PRICE_HEADER.test(header) || traits.unit !== undefined || traits.io !== undefined || traits.cache !== undefined;
}

function fit(header: string[], rows: string[][], hasMoney: (cell: string) => boolean): number {
  let score = 0;
  for (const cells of rows) {
    for (let c = 1; c < cells.length; c++) {
      const cell = cells[c]!.trim();
      if (cell === "") continue;
      score += hasMoney(cell) === pricesUnder(header[c] ?? "") ? 1 : -1;
    }
  }
  return score;
}

/**
 * The header to read the rows under, and the header cell dropped (its unit still holds for the table), when
 * every priced row is one cell short and dropping one header cell fits the rows better; else the header as is.
 */
export function realignHeader(header: string[], rows: string[][], hasMoney: (cell: string) => boolean): { header: string[]; dropped?: string } {
  const priced = rows.filter((cells) => cells.some(hasMoney));
  if (header.length < 3 || priced.length < 2 || !priced.every((cells) => cells.length === header.length - 1)) return { header };
  let best = { header, score: fit(header, priced, hasMoney), dropped: undefined as string | undefined };
  for (let j = 1; j < header.length; j++) {
    const candidate = [...header.slice(0, j), ...header.slice(j + 1)];
    const score = fit(candidate, priced, hasMoney);
    if (score > best.score) best = { header: candidate, score, dropped: header[j] };
  }
  return best.dropped === undefined ? { header } : { header: best.header, dropped: best.dropped };
}
