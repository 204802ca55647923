import type { DbOrTx } from "./types";

/** Deletes a rule and its outbox rows (pending alerts of the rule are not sent). */
export async function removeAlertRule(db: DbOrTx, id: string): Promise<boolean> {
  const { count } = await db.alertRule.deleteMany({ where: { id } });
  return count > 0;
}
