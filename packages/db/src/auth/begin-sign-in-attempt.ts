import { SIGN_IN_THROTTLE, signInThrottle, type SignInHistory, type SignInThrottle, type SignInThrottlePolicy } from "@ratecard/core";
import type { Db } from "../create-db-client";

/** How long attempts are kept: the throttle looks back a day at most, the admins' view a week. */
export const SIGN_IN_ATTEMPT_RETENTION_MS = 7 * 24 * 60 * 60_000;

export interface SignInAttempt {
  id: bigint;
  history: SignInHistory;
  /** What the throttle decided; a refused attempt's row is already deleted. */
  throttle: SignInThrottle;
}

/**
 * Records a sign-in attempt as pending before its password is checked, and reads the history the
 * throttle decides on: the other unsuccessful attempts of this email from this address since its last
 * success there, and of this email from every address. The row is committed before the history is
 * read and every other unfinished attempt counts too, so of a burst of parallel attempts the k-th to
 * commit sees at least k-1 others: no more than the free ones can pass together, in any dashboard
 * process. The throttle (core's signInThrottle) decides on that history; an attempt it refuses is
 * deleted at once, so trying while refused does not lengthen the lock and a flood leaves no rows.
 * Attempts older than the retention are deleted as new ones arrive. finishSignInAttempt records the outcome.
 */
export async function beginSignInAttempt(
  db: Db,
  input: { email: string; address: string; now: Date },
  policy: SignInThrottlePolicy = SIGN_IN_THROTTLE,
): Promise<SignInAttempt> {
  const { email, address, now } = input;
  const [row] = await db.$transaction([
    db.signInAttempt.create({ data: { email, address, at: now, outcome: "pending" }, select: { id: true } }),
    db.signInAttempt.deleteMany({ where: { at: { lt: new Date(now.getTime() - SIGN_IN_ATTEMPT_RETENTION_MS) } } }),
  ]);
  const lastSuccess = await db.signInAttempt.findFirst({
    where: { email, address, outcome: "succeeded" },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  const [fromAddress, accountFailures] = await Promise.all([
    db.signInAttempt.aggregate({
      where: {
        email,
        address,
        outcome: { not: "succeeded" },
        id: { not: row.id, gt: lastSuccess?.id ?? 0n },
        at: { gt: new Date(now.getTime() - policy.addressWindowMs) },
      },
      _count: { _all: true },
      _max: { at: true },
    }),
    db.signInAttempt.count({
      where: { email, outcome: { not: "succeeded" }, id: { not: row.id }, at: { gt: new Date(now.getTime() - policy.accountWindowMs) } },
    }),
  ]);
  const history = { addressFailures: fromAddress._count._all, lastAddressFailureAt: fromAddress._max.at, accountFailures };
  const throttle = signInThrottle(history, now, policy);
  if (throttle.action === "refuse") await db.signInAttempt.deleteMany({ where: { id: row.id } });
  return { id: row.id, history, throttle };
}
