import type { FailureStreak } from "./summarise-failure-streak";
import { DEFAULT_FAILURE_STREAK } from "./types";

export type FailureNotice =
  | { kind: "failure"; dedupeKey: string; streak: FailureStreak }
  | { kind: "recovery"; dedupeKey: string; streak: FailureStreak };

/**
 * The alerts a streak warrants for a rule: a failure once it is `threshold` long, a recovery once it has
 * ended (only when it had been long enough to alert). The keys are the same however often this runs.
 */
export function failureStreakNotices(sourceId: string, streak: FailureStreak | null, threshold: number | null): FailureNotice[] {
  const needed = threshold ?? DEFAULT_FAILURE_STREAK;
  if (!streak || streak.length < needed) return [];
  const notices: FailureNotice[] = [{ kind: "failure", dedupeKey: `failure:${sourceId}:${streak.first.id}`, streak }];
  if (streak.recoveredBy) notices.push({ kind: "recovery", dedupeKey: `recovery:${sourceId}:${streak.first.id}`, streak });
  return notices;
}
