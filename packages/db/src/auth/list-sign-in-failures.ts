import type { Db } from "../create-db-client";

export interface SignInFailure {
  at: Date;
  email: string;
  address: string;
  /** Whether the email is a user's (guesses at unknown emails are failures too). */
  isAccount: boolean;
}

export interface SignInFailureGroup {
  /** The email (per account) or the address (per address). */
  key: string;
  failures: number;
  /** How many addresses tried the account, or how many emails the address tried. */
  spread: number;
  firstAt: Date;
  lastAt: Date;
}

export interface SignInFailureReport {
  recent: SignInFailure[];
  /** Per email, with its failures since `recentSince` too (what the account-wide throttle counts). */
  byAccount: (SignInFailureGroup & { isAccount: boolean; recentFailures: number })[];
  byAddress: SignInFailureGroup[];
}

/** Failed sign-ins since `since` for the admins' view: the latest ones, and totals per email and per address, most first. */
export async function listSignInFailures(db: Db, options: { since: Date; recentSince?: Date; limit?: number }): Promise<SignInFailureReport> {
  const recentSince = options.recentSince ?? options.since;
  const limit = options.limit ?? 50;
  const where = { outcome: "failed", at: { gte: options.since } };
  const [recentRows, byAccount, byAddress] = await Promise.all([
    db.signInAttempt.findMany({ where, orderBy: { id: "desc" }, take: limit, select: { at: true, email: true, address: true } }),
    db.$queryRaw<(SignInFailureGroup & { recentFailures: number })[]>`
      SELECT email AS key, count(*)::int AS failures, count(DISTINCT address)::int AS spread, min(at) AS "firstAt", max(at) AS "lastAt",
        (count(*) FILTER (WHERE at >= ${recentSince}))::int AS "recentFailures"
      FROM sign_in_attempts WHERE outcome = 'failed' AND at >= ${options.since}
      GROUP BY email ORDER BY failures DESC, "lastAt" DESC LIMIT ${limit}`,
    db.$queryRaw<SignInFailureGroup[]>`
      SELECT address AS key, count(*)::int AS failures, count(DISTINCT email)::int AS spread, min(at) AS "firstAt", max(at) AS "lastAt"
      FROM sign_in_attempts WHERE outcome = 'failed' AND at >= ${options.since}
      GROUP BY address ORDER BY failures DESC, "lastAt" DESC LIMIT ${limit}`,
  ]);
  const emails = [...new Set([...recentRows.map((row) => row.email), ...byAccount.map((group) => group.key)])];
  const accounts = new Set((await db.user.findMany({ where: { email: { in: emails } }, select: { email: true } })).map((user) => user.email));
  return {
    recent: recentRows.map((row) => ({ ...row, isAccount: accounts.has(row.email) })),
    byAccount: byAccount.map((group) => ({ ...group, isAccount: accounts.has(group.key) })),
    byAddress,
  };
}
