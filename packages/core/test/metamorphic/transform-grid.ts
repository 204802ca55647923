// Transforms that leave a table's prices unchanged: a seeded row permutation, re-padded figures
// ("1.6" <-> "1.60"), and heading synonyms real pricing pages use.
import type { CardGrid, GridDimension } from "./card-grid";

/** A deterministic permutation (a small LCG seeded by `seed`; tests hold no randomness). */
export function reorderRows(grid: CardGrid, seed: number): CardGrid {
  let state = seed >>> 0 || 1;
  const models = [...grid.models];
  for (let i = models.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [models[i], models[j]] = [models[j]!, models[i]!];
  }
  return { ...grid, models };
}

/** Same value, other padding: "1.6" -> "1.60", "1.60" -> "1.6", "2" -> "2.00". */
export function repad(figure: string): string {
  if (/\.\d*0$/.test(figure)) return figure.replace(/0+$/, "").replace(/\.$/, "");
  return figure.includes(".") ? `${figure}0` : `${figure}.00`;
}

export function repadNumbers(grid: CardGrid): CardGrid {
  const cells = new Map([...grid.cells].map(([m, row]) => [m, new Map([...row].map(([d, v]) => [d, repad(v)]))]));
  return { ...grid, cells };
}

export const headingSynonyms: Record<GridDimension | "model", readonly string[]> = {
  model: ["Model", "Model name", "Name"],
  input: ["Input", "Input tokens", "Prompt", "Input price"],
  output: ["Output", "Completion", "Output tokens"],
  cache_read: ["Cached input", "Cache read", "Cache hits"],
};

export type Headings = Record<GridDimension | "model", string>;

export function headings(variant: number): Headings {
  const pick = (k: keyof typeof headingSynonyms) => headingSynonyms[k][variant % headingSynonyms[k].length]!;
  return { model: pick("model"), input: pick("input"), output: pick("output"), cache_read: pick("cache_read") };
}
