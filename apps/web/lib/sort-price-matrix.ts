import { PRICE_COLUMNS, type PriceColumn, type PriceMatrixRow } from "./build-price-matrix";

export const SORT_KEYS = ["provider", "model", ...PRICE_COLUMNS, "confirmed"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export function isSortKey(value: string | undefined): value is SortKey {
  return (SORT_KEYS as readonly string[]).includes(value ?? "");
}

/** Sorts by one column; rows without that price go last whichever the direction. */
export function sortPriceMatrix(rows: PriceMatrixRow[], key: SortKey, dir: "asc" | "desc"): PriceMatrixRow[] {
  const sign = dir === "asc" ? 1 : -1;
  const byName = (a: PriceMatrixRow, b: PriceMatrixRow) => a.provider.localeCompare(b.provider) || a.model.localeCompare(b.model);
  return [...rows].sort((a, b) => {
    if (key === "provider") return sign * byName(a, b);
    if (key === "model") return sign * (a.model.localeCompare(b.model) || a.provider.localeCompare(b.provider));
    if (key === "confirmed") return sign * (a.confirmedAt.getTime() - b.confirmedAt.getTime()) || byName(a, b);
    const x = a.prices[key as PriceColumn];
    const y = b.prices[key as PriceColumn];
    if (x === undefined || y === undefined) return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0) || byName(a, b);
    return sign * (x - y) || byName(a, b);
  });
}
