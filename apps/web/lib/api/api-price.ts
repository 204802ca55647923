// The API's shape of a current price point, and its CSV row: one stable contract, documented in docs/api.md.
import type { CsvCell } from "@ratecard/core/export";
import type { CurrentPriceRow } from "@ratecard/db";
import { toApiPriceFields } from "./api-price-fields";

export function toApiPrice(row: CurrentPriceRow) {
  return {
    ...toApiPriceFields(row),
    lastConfirmedAt: row.lastSeenAt.toISOString(),
    evidence: row.evidence,
    source: { id: row.sourceId, name: row.sourceName, url: row.sourceUrl, kind: row.sourceKind },
    snapshotId: row.snapshotId,
  };
}

export const PRICE_CSV_HEADER = [
  "provider", "model", "dimension", "tier", "context_above", "cache_ttl", "amount", "unit", "currency", "usd_per_1m",
  "valid_from", "valid_until", "last_confirmed_at", "evidence", "source_id", "source_name", "source_url",
] as const;

export function priceCsvRow(row: CurrentPriceRow): CsvCell[] {
  const price = toApiPrice(row);
  return [
    price.provider, price.model, price.dimension, price.tier, price.contextAbove, price.cacheTtl, price.amount, price.unit, price.currency,
    price.usdPer1M, price.validFrom, price.validUntil, price.lastConfirmedAt, price.evidence, price.source.id, price.source.name, price.source.url,
  ];
}

export function priceCursorKey(row: CurrentPriceRow): string[] {
  return [row.provider, row.model, row.dimension, row.tier, row.id];
}
