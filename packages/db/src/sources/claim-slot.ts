import type { Db } from "../create-db-client";

/**
 * Compare-and-set on the source's last scheduled slot: true for exactly one caller per (source, slot),
 * however many schedulers run at once. This is what keeps a check from being enqueued twice.
 */
export async function claimSlot(db: Db, sourceId: string, slot: Date): Promise<boolean> {
  const claimed = await db.source.updateMany({
    where: { id: sourceId, enabled: true, OR: [{ lastSlotAt: null }, { lastSlotAt: { lt: slot } }] },
    data: { lastSlotAt: slot },
  });
  return claimed.count === 1;
}
