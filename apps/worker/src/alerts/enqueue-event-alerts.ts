// Immediate alerts for change events: one outbox row per (rule, event, channel). Called inside the
// transaction that stores the events (exactly-once from the start), and by the periodic scan below as
// the safety net; the unique (rule, dedupe key) makes the two meet without duplicates.
import { matchAlertRule } from "@ratecard/core/alerts";
import { insertAlertDeliveries, listAlertEvents, listAlertRules, type DbOrTx, type NewAlertDelivery } from "@ratecard/db";
import { toDeliveryRows } from "./to-delivery-rows";
import { toEventView } from "./to-event-view";
import { toRuleFilter } from "./to-rule-filter";

/**
 * Enqueues immediate alerts for the given change events (ids of stored rows). Safe to call more than
 * once for the same events. Returns the number of new outbox rows, due at `now` (default: the
 * database's clock).
 */
export async function enqueueEventAlerts(tx: DbOrTx, eventIds: readonly string[], now?: Date): Promise<number> {
  if (eventIds.length === 0) return 0;
  const rules = await listAlertRules(tx, { enabledOnly: true, cadences: ["immediate"] });
  if (rules.length === 0) return 0;
  const events = await listAlertEvents(tx, { ids: [...eventIds] });
  const rows: NewAlertDelivery[] = [];
  for (const event of events) {
    const subject = { ...event, provider: event.provider ?? event.source.provider, pctChange: event.pctChange === null ? null : Number(event.pctChange) };
    for (const rule of rules) {
      // A rule hears of what was detected after it was made, not of the history before it.
      if (event.detectedAt < rule.createdAt) continue;
      if (!matchAlertRule(toRuleFilter(rule), subject)) continue;
      rows.push(...toDeliveryRows(rule, { subjectKey: `event:${event.id}`, kind: "event", eventId: event.id, ...(now ? { nextAttemptAt: now } : {}), message: { kind: "event", ruleName: rule.name, event: toEventView(event) } }));
    }
  }
  return insertAlertDeliveries(tx, rows);
}
