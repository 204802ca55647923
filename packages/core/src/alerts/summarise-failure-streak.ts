// Failure alerts follow streaks, not checks: N failed or blocked checks in a row make one alert, keyed
// by the streak's first check, and the first good check after it makes one recovery alert.

export interface CheckOutcomeRow {
  id: string;
  outcome: string;
  startedAt: Date;
  error?: string | null;
}

export interface FailureStreak {
  /** The first failing check after the last good one: the streak's identity. */
  first: CheckOutcomeRow;
  /** The newest failing check of the streak. */
  last: CheckOutcomeRow;
  length: number;
  /** The good check that ended the streak, if one has. */
  recoveredBy: CheckOutcomeRow | null;
}

export function isFailedOutcome(outcome: string): boolean {
  return outcome === "failed" || outcome === "blocked";
}

/**
 * The latest failure streak in a source's checks (oldest first). The list must reach back to the good
 * check before that streak (or to the source's first check); otherwise the streak's start is unknown.
 */
export function summariseFailureStreak(checks: readonly CheckOutcomeRow[]): FailureStreak | null {
  let lastFailed = -1;
  for (let i = checks.length - 1; i >= 0; i--) {
    if (isFailedOutcome(checks[i]!.outcome)) {
      lastFailed = i;
      break;
    }
  }
  if (lastFailed < 0) return null;
  let firstFailed = lastFailed;
  while (firstFailed > 0 && isFailedOutcome(checks[firstFailed - 1]!.outcome)) firstFailed--;
  return {
    first: checks[firstFailed]!,
    last: checks[lastFailed]!,
    length: lastFailed - firstFailed + 1,
    recoveredBy: checks[lastFailed + 1] ?? null,
  };
}
