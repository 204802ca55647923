import type { DbOrTx, NewAlertDelivery } from "./types";

/** Adds outbox rows; rows whose (rule, dedupe key) exists already are skipped. Returns how many were new. */
export async function insertAlertDeliveries(db: DbOrTx, rows: readonly NewAlertDelivery[]): Promise<number> {
  if (rows.length === 0) return 0;
  const { count } = await db.alertDelivery.createMany({
    data: rows.map((row) => ({
      ruleId: row.ruleId,
      eventId: row.eventId ?? null,
      dedupeKey: row.dedupeKey,
      kind: row.kind,
      channel: row.channel,
      payload: row.payload,
      ...(row.nextAttemptAt ? { nextAttemptAt: row.nextAttemptAt } : {}),
    })),
    skipDuplicates: true,
  });
  return count;
}
