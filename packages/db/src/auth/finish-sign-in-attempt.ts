import type { Db } from "../create-db-client";

/**
 * The outcome of an attempt beginSignInAttempt let through: a wrong password (or an unknown email)
 * stays as a failure; a success ends that address's run of failures on the account.
 */
export async function finishSignInAttempt(db: Db, id: bigint, outcome: "failed" | "succeeded"): Promise<void> {
  await db.signInAttempt.updateMany({ where: { id }, data: { outcome } });
}
