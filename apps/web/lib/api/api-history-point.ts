// The API's shape of one price point in a model's history: what a snapshot stated, and when.
import type { PriceHistoryRow } from "@ratecard/db";
import { toApiPriceFields } from "./api-price-fields";

export function toApiHistoryPoint(row: PriceHistoryRow) {
  return {
    ...toApiPriceFields(row),
    evidence: row.evidence,
    snapshot: { id: row.snapshot.id, firstSeenAt: row.snapshot.firstSeenAt.toISOString(), lastSeenAt: row.snapshot.lastSeenAt.toISOString() },
    source: row.snapshot.source,
  };
}

export function historyCursorKey(row: PriceHistoryRow): string[] {
  return [row.snapshot.firstSeenAt.toISOString(), row.id];
}
