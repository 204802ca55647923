// The price matrix: one row per (provider, model) from each page source's current snapshot.
import { modelKey } from "@ratecard/core";
import type { CurrentPrices } from "@ratecard/db";

export const PRICE_COLUMNS = ["input", "output", "cached", "batchInput", "batchOutput", "longInput"] as const;
export type PriceColumn = (typeof PRICE_COLUMNS)[number];

export interface PriceMatrixRow {
  provider: string;
  model: string;
  sourceId: string;
  sourceName: string;
  confirmedAt: Date;
  /** USD per 1M tokens; absent when the page states no such price. */
  prices: Partial<Record<PriceColumn, number>>;
  /** The line each price was read from. */
  evidence: Partial<Record<PriceColumn, string>>;
}

function columnOf(point: CurrentPrices["prices"][number]): PriceColumn | null {
  const { dimension, tier, contextAbove } = point;
  if (tier === "standard" && contextAbove === null) {
    if (dimension === "input") return "input";
    if (dimension === "output") return "output";
    if (dimension === "cache_read") return "cached";
  }
  if (tier === "batch" && contextAbove === null) {
    if (dimension === "input") return "batchInput";
    if (dimension === "output") return "batchOutput";
  }
  if (tier === "standard" && dimension === "input" && contextAbove !== null && contextAbove >= 200_000) return "longInput";
  return null;
}

export function buildPriceMatrix(current: CurrentPrices[], now: Date): PriceMatrixRow[] {
  const rows = new Map<string, PriceMatrixRow>();
  for (const { source, snapshot, prices } of current) {
    for (const point of prices) {
      const column = columnOf(point);
      if (!column || point.usdPer1M === null) continue;
      // Announced prices that are not in force yet, and promotions that are over, are not current.
      if (point.validFrom && point.validFrom > now) continue;
      if (point.validUntil && point.validUntil < now) continue;
      const provider = source.provider ?? point.provider;
      const key = `${provider}\u0000${modelKey(point.model, provider)}`;
      const row = rows.get(key) ?? {
        provider,
        model: point.model,
        sourceId: source.id,
        sourceName: source.name,
        confirmedAt: snapshot.lastSeenAt,
        prices: {},
        evidence: {},
      };
      // The first source to state a price for a model keeps it (sources come sorted by provider and name).
      if (row.sourceId !== source.id) continue;
      if (row.prices[column] === undefined) {
        row.prices[column] = Number(point.usdPer1M);
        row.evidence[column] = point.evidence;
      }
      rows.set(key, row);
    }
  }
  return [...rows.values()];
}
