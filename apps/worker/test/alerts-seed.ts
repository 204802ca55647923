// Test data for the alert tests: sources, snapshots and change events stored as the pipeline stores them.
import { randomUUID } from "node:crypto";
import { createSource, type ChangeEvent, type Db, type Prisma, type Source } from "@ratecard/db";

export const HOSTILE = '<script>alert(1)</script><a href="http://evil">x</a>';

export async function seedSource(db: Db, overrides: Partial<{ name: string; provider: string }> = {}): Promise<Source> {
  const id = randomUUID().slice(0, 8);
  return createSource(db, { kind: "page", name: overrides.name ?? `Pricing ${id}`, url: `https://example.com/${id}/pricing`, provider: overrides.provider ?? "anthropic", schedule: "0 0 1 1 *" });
}

/** A change event between two fresh snapshots of the source. */
export async function seedEvent(db: Db, source: Source, event: Partial<Prisma.ChangeEventUncheckedCreateInput> & { detectedAt: Date }): Promise<ChangeEvent> {
  const snapshot = async (label: string) =>
    db.snapshot.create({
      data: { sourceId: source.id, contentHash: `${label}-${randomUUID()}`, rawBody: label, normalizedText: label, firstSeenAt: event.detectedAt, lastSeenAt: event.detectedAt },
    });
  const from = await snapshot("before");
  const to = await snapshot("after");
  return db.changeEvent.create({
    data: {
      sourceId: source.id,
      fromSnapshotId: from.id,
      toSnapshotId: to.id,
      kind: "price_decrease",
      provider: source.provider,
      model: "Claude Opus 4.6",
      dimension: "input",
      tier: "standard",
      contextAbove: 200000,
      unit: "1M tokens",
      currency: "USD",
      oldValue: 10,
      newValue: 5,
      pctChange: -50,
      summary: "Anthropic: Claude Opus 4.6 input, prompts > 200K tokens, $10.00 → $5.00 per 1M tokens (−50%)",
      oldEvidence: "| Claude Opus 4.6 | Input: $5 / MTok | Input: $10 / MTok |",
      newEvidence: "| Claude Opus 4.6 | Input: $5 / MTok | Input: $5 / MTok |",
      ...event,
    },
  });
}
