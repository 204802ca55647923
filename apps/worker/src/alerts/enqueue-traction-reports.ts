// The weekly traction report for rules with tractionReport: built once per week per rule, at the rule's
// digest weekday and hour (Monday 09:00 in its time zone unless set), keyed by that slot.
import { latestDigestSlot } from "@ratecard/core/alerts";
import { insertAlertDeliveries, listAlertRules, type Db, type NewAlertDelivery } from "@ratecard/db";
import type { TractionReportView } from "@ratecard/email";
import { toDeliveryRows } from "./to-delivery-rows";

/** Builds the report's rows (the traction module's formatTractionReport over the metric samples). */
export type BuildTractionReport = (db: Db, now: Date) => Promise<TractionReportView>;

export async function enqueueTractionReports(db: Db, now: Date, build: BuildTractionReport): Promise<number> {
  const rules = await listAlertRules(db, { enabledOnly: true, tractionReport: true });
  const due: { rule: (typeof rules)[number]; key: string; slot: Date }[] = [];
  for (const rule of rules) {
    const slot = latestDigestSlot({ cadence: "weekly", digestHour: rule.digestHour, digestWeekday: rule.digestWeekday, timeZone: rule.timeZone }, now);
    if (!slot || slot < rule.createdAt) continue;
    const key = `traction:${slot.toISOString()}`;
    const existing = await db.alertDelivery.findFirst({ where: { ruleId: rule.id, dedupeKey: { in: [key, `${key}#webhook`] } }, select: { id: true } });
    if (!existing) due.push({ rule, key, slot });
  }
  if (due.length === 0) return 0;
  const report = await build(db, now);
  const rows: NewAlertDelivery[] = due.flatMap(({ rule, key, slot }) =>
    toDeliveryRows(rule, { subjectKey: key, kind: "traction", nextAttemptAt: now, message: { kind: "traction", ruleName: rule.name, periodEnd: slot.toISOString(), report } }),
  );
  return insertAlertDeliveries(db, rows);
}
