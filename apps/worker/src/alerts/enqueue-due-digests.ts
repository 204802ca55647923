// Daily and weekly digests: at each rule's slot (its hour in its time zone), the events detected since
// the previous digest that the rule matches go into one outbox row. Claiming the slot (compare-and-set
// on last_digest_at) and writing the row happen in one transaction: a crash leaves neither, and of
// several schedulers exactly one builds each digest.
import { latestDigestSlot, matchAlertRule } from "@ratecard/core/alerts";
import { claimDigestSlot, insertAlertDeliveries, listAlertEvents, listAlertRules, type Db } from "@ratecard/db";
import { toDeliveryRows } from "./to-delivery-rows";
import { toEventView } from "./to-event-view";
import { toRuleFilter } from "./to-rule-filter";

/**
 * A slot is built a minute after it passes, so that a check transaction that stamped its events just
 * before the slot has committed by then (they are detected at the check's end, stored moments later).
 */
export const DIGEST_GRACE_MS = 60_000;

export async function enqueueDueDigests(db: Db, now: Date): Promise<number> {
  let enqueued = 0;
  for (const rule of await listAlertRules(db, { enabledOnly: true, cadences: ["daily", "weekly"] })) {
    const filter = toRuleFilter(rule);
    const slot = latestDigestSlot(filter, new Date(now.getTime() - DIGEST_GRACE_MS));
    const start = rule.lastDigestAt ?? rule.createdAt;
    if (!slot || slot <= start) continue;
    enqueued += await db.$transaction(async (tx) => {
      if (!(await claimDigestSlot(tx, rule.id, slot))) return 0;
      const events = (await listAlertEvents(tx, { after: start, until: slot })).filter((event) =>
        matchAlertRule(filter, { ...event, provider: event.provider ?? event.source.provider, pctChange: event.pctChange === null ? null : Number(event.pctChange) }),
      );
      // No changes, no email; the slot is still taken so the next digest starts here.
      if (events.length === 0) return 0;
      const cadence = rule.cadence === "weekly" ? "weekly" : "daily";
      return insertAlertDeliveries(
        tx,
        toDeliveryRows(rule, {
          subjectKey: `digest:${slot.toISOString()}`,
          kind: "digest",
          nextAttemptAt: now,
          message: { kind: "digest", ruleName: rule.name, cadence, periodStart: start.toISOString(), periodEnd: slot.toISOString(), timeZone: rule.timeZone, events: events.map(toEventView) },
        }),
      );
    }, { timeout: 30_000 });
  }
  return enqueued;
}
