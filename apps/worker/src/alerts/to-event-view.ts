import type { AlertEventView } from "@ratecard/email";
import type { AlertEventRow } from "@ratecard/db";

const num = (value: { toString(): string } | null): number | null => (value === null ? null : Number(value.toString()));

export function toEventView(event: AlertEventRow): AlertEventView {
  return {
    id: event.id,
    sourceId: event.sourceId,
    sourceName: event.source.name,
    sourceUrl: event.source.url,
    kind: event.kind,
    provider: event.provider ?? event.source.provider,
    model: event.model,
    summary: event.summary,
    unit: event.unit,
    currency: event.currency,
    oldValue: num(event.oldValue),
    newValue: num(event.newValue),
    pctChange: num(event.pctChange),
    oldEvidence: event.oldEvidence,
    newEvidence: event.newEvidence,
    fromSnapshotId: event.fromSnapshotId,
    toSnapshotId: event.toSnapshotId,
    detectedAt: event.detectedAt.toISOString(),
  };
}
