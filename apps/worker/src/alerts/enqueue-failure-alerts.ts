// Failure alerts per streak, not per check: a source failing `failureStreak` (default 3) checks in a
// row gets one alert per rule, and one more when a check succeeds again. The dedupe keys name the
// streak's first check, so any number of ticks, on any number of workers, enqueue each alert once.
import { failureStreakNotices, matchFailureRule } from "@ratecard/core/alerts";
import { insertAlertDeliveries, listFailureStreaks, type Db, type NewAlertDelivery, type SourceFailureStreak } from "@ratecard/db";
import type { FailureStreakView } from "@ratecard/email";
import { listSourceAlertRules } from "./list-source-alert-rules";
import { toDeliveryRows } from "./to-delivery-rows";

/** Sources whose last failure is older than this are not looked at (their streak was settled long ago). */
export const FAILURE_SCAN_WINDOW_MS = 7 * 24 * 3_600_000;

export async function enqueueFailureAlerts(db: Db, now: Date): Promise<number> {
  const rules = await listSourceAlertRules(db, "source_failure");
  if (rules.length === 0) return 0;
  const streaks = await listFailureStreaks(db, { since: new Date(now.getTime() - FAILURE_SCAN_WINDOW_MS) });
  const rows: NewAlertDelivery[] = [];
  for (const streak of streaks) {
    for (const rule of rules) {
      if (!matchFailureRule(rule, streak.source)) continue;
      for (const notice of failureStreakNotices(streak.source.id, streak, rule.failureStreak)) {
        if (notice.kind === "failure") {
          // An ended streak only gets its recovery email (which tells the whole story).
          if (streak.recoveredBy) continue;
          rows.push(...toDeliveryRows(rule, { subjectKey: notice.dedupeKey, kind: "failure", nextAttemptAt: now, message: { kind: "failure", ruleName: rule.name, source: streak.source, streak: toStreakView(streak) } }));
        } else if (streak.recoveredBy && streak.recoveredBy.startedAt >= rule.createdAt) {
          rows.push(
            ...toDeliveryRows(rule, {
              subjectKey: notice.dedupeKey,
              kind: "recovery",
              nextAttemptAt: now,
              message: { kind: "recovery", ruleName: rule.name, source: streak.source, streak: toStreakView(streak), recoveredAt: streak.recoveredBy.startedAt.toISOString() },
            }),
          );
        }
      }
    }
  }
  return insertAlertDeliveries(db, rows);
}

function toStreakView(streak: SourceFailureStreak): FailureStreakView {
  return {
    length: streak.length,
    firstCheckAt: streak.first.startedAt.toISOString(),
    lastCheckAt: streak.last.startedAt.toISOString(),
    lastOutcome: streak.last.outcome,
    lastError: streak.last.error,
  };
}
