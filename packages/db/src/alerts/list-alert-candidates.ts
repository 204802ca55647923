import type { DbOrTx } from "./types";

export interface AlertCandidate {
  id: string;
  sourceId: string;
  kind: string;
  /** The event's provider, else its source's. */
  provider: string | null;
  model: string | null;
  previousModel: string | null;
  pctChange: number | null;
  detectedAt: Date;
  /** Rules that already have an outbox row for this event. */
  deliveredRuleIds: string[];
}

/**
 * The narrow view of recent events that rule matching needs, with the rules already holding a delivery
 * for each: the periodic scan reads this every tick, so it stays small (no evidence, no source join).
 */
export async function listAlertCandidates(db: DbOrTx, filter: { after: Date }): Promise<AlertCandidate[]> {
  const rows = await db.changeEvent.findMany({
    where: { detectedAt: { gt: filter.after } },
    select: { id: true, sourceId: true, kind: true, provider: true, model: true, previousModel: true, pctChange: true, detectedAt: true, deliveries: { select: { ruleId: true } }, source: { select: { provider: true } } },
    orderBy: [{ detectedAt: "asc" }, { id: "asc" }],
  });
  return rows.map(({ deliveries, pctChange, source, ...row }) => ({
    ...row,
    provider: row.provider ?? source.provider,
    pctChange: pctChange === null ? null : Number(pctChange),
    deliveredRuleIds: [...new Set(deliveries.map((d) => d.ruleId))],
  }));
}
