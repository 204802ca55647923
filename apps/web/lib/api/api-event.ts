// The API's shape of a change event, and its CSV row: one stable contract, documented in docs/api.md.
import type { CsvCell } from "@ratecard/core/export";
import type { ChangeEventWithSource } from "@ratecard/db";
import { toNumber } from "./api-values";

export function toApiEvent(row: ChangeEventWithSource) {
  return {
    id: row.id,
    kind: row.kind,
    detectedAt: row.detectedAt.toISOString(),
    effectiveAt: row.effectiveAt?.toISOString() ?? null,
    provider: row.provider,
    model: row.model,
    previousModel: row.previousModel,
    dimension: row.dimension,
    tier: row.tier,
    contextAbove: row.contextAbove,
    cacheTtl: row.cacheTtl,
    unit: row.unit,
    currency: row.currency,
    oldValue: toNumber(row.oldValue),
    newValue: toNumber(row.newValue),
    pctChange: toNumber(row.pctChange),
    summary: row.summary,
    oldEvidence: row.oldEvidence,
    newEvidence: row.newEvidence,
    source: row.source,
    fromSnapshotId: row.fromSnapshotId,
    toSnapshotId: row.toSnapshotId,
  };
}

export const EVENT_CSV_HEADER = [
  "detected_at", "kind", "provider", "model", "previous_model", "dimension", "tier", "context_above", "unit", "currency",
  "old_value", "new_value", "pct_change", "effective_at", "summary", "old_evidence", "new_evidence", "source_id", "source_name", "event_id",
] as const;

export function eventCsvRow(row: ChangeEventWithSource): CsvCell[] {
  const event = toApiEvent(row);
  return [
    event.detectedAt, event.kind, event.provider, event.model, event.previousModel, event.dimension, event.tier, event.contextAbove,
    event.unit, event.currency, event.oldValue, event.newValue, event.pctChange, event.effectiveAt, event.summary, event.oldEvidence,
    event.newEvidence, event.source.id, event.source.name, event.id,
  ];
}

export function eventCursorKey(row: ChangeEventWithSource): string[] {
  return [row.detectedAt.toISOString(), row.id];
}
