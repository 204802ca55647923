// The API's shape of one price point in a model's history: what a snapshot stated, and when.
import type { PriceHistoryRow } from "@ratecard/db";
import { toDay, toNumber } from "./api-values";

export function toApiHistoryPoint(row: PriceHistoryRow) {
  return {
    id: row.id,
    provider: row.provider,
    model: row.model,
    dimension: row.dimension,
    tier: row.tier,
    contextAbove: row.contextAbove,
    cacheTtl: row.cacheTtl,
    amount: toNumber(row.amount),
    unit: row.unit,
    currency: row.currency,
    usdPer1M: toNumber(row.usdPer1M),
    validFrom: toDay(row.validFrom),
    validUntil: toDay(row.validUntil),
    evidence: row.evidence,
    snapshot: { id: row.snapshot.id, firstSeenAt: row.snapshot.firstSeenAt.toISOString(), lastSeenAt: row.snapshot.lastSeenAt.toISOString() },
    source: row.snapshot.source,
  };
}

export function historyCursorKey(row: PriceHistoryRow): string[] {
  return [row.snapshot.firstSeenAt.toISOString(), row.id];
}
