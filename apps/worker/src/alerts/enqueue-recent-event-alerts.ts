// The periodic scan: events of the last two days that an immediate rule matches but has no outbox row
// for yet. It catches events stored without the in-transaction hook; one narrow query per tick.
import { matchAlertRule } from "@ratecard/core/alerts";
import { listAlertCandidates, listAlertRules, type Db } from "@ratecard/db";
import { enqueueEventAlerts } from "./enqueue-event-alerts";
import { toRuleFilter } from "./to-rule-filter";

/** How far back the scan looks: a worker down for longer loses immediate alerts for older events. */
export const EVENT_SCAN_WINDOW_MS = 2 * 24 * 3_600_000;

export async function enqueueRecentEventAlerts(db: Db, now: Date): Promise<number> {
  const rules = await listAlertRules(db, { enabledOnly: true, cadences: ["immediate"] });
  if (rules.length === 0) return 0;
  const oldestRule = Math.min(...rules.map((r) => r.createdAt.getTime()));
  const after = new Date(Math.max(now.getTime() - EVENT_SCAN_WINDOW_MS, oldestRule - 1));
  const candidates = await listAlertCandidates(db, { after });
  const due = candidates.filter((event) =>
    rules.some((rule) => event.detectedAt >= rule.createdAt && !event.deliveredRuleIds.includes(rule.id) && matchAlertRule(toRuleFilter(rule), event)),
  );
  if (due.length === 0) return 0;
  return enqueueEventAlerts(db, due.map((event) => event.id), now);
}
