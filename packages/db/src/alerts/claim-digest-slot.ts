import type { DbOrTx } from "./types";

/** Compare-and-set on the rule's last digest time: of all schedulers, exactly one wins a slot. */
export async function claimDigestSlot(db: DbOrTx, ruleId: string, slot: Date): Promise<boolean> {
  const { count } = await db.alertRule.updateMany({
    where: { id: ruleId, enabled: true, OR: [{ lastDigestAt: null }, { lastDigestAt: { lt: slot } }] },
    data: { lastDigestAt: slot },
  });
  return count === 1;
}
