// A model's standard prices per snapshot as step-chart rows, carried on to when the last snapshot was seen.
import type { PriceHistory } from "@ratecard/db";

export const HISTORY_DIMENSIONS = [
  { key: "input", dimension: "input", label: "Input" },
  { key: "output", dimension: "output", label: "Output" },
  { key: "cached", dimension: "cache_read", label: "Cached input" },
] as const;

export type HistoryKey = (typeof HISTORY_DIMENSIONS)[number]["key"];
export type PriceHistoryRow = { t: number } & Partial<Record<HistoryKey, number>>;

export function buildPriceHistoryChart(history: PriceHistory): PriceHistoryRow[] {
  const rows: PriceHistoryRow[] = [];
  for (const snapshot of history.snapshots) {
    const row: PriceHistoryRow = { t: snapshot.firstSeenAt.getTime() };
    for (const { key, dimension } of HISTORY_DIMENSIONS) {
      const point = snapshot.prices.find((p) => p.dimension === dimension && p.tier === "standard" && p.contextAbove === null && p.usdPer1M !== null);
      if (point) row[key] = Number(point.usdPer1M);
    }
    if (HISTORY_DIMENSIONS.some(({ key }) => row[key] !== undefined)) rows.push(row);
  }
  rows.sort((a, b) => a.t - b.t);
  const last = rows.at(-1);
  const lastSeen = Math.max(0, ...history.snapshots.map((s) => s.lastSeenAt.getTime()));
  if (last && lastSeen > last.t) rows.push({ ...last, t: lastSeen });
  return rows;
}
