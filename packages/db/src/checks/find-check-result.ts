import type { Db } from "../create-db-client";
import type { Check } from "../generated/prisma/client";

export interface CheckResultView {
  check: Check;
  /** Price points read from the snapshot this check matched or created (0 without a snapshot). */
  priceCount: number;
  /** Change events that snapshot brought (price moves, models added ...). */
  eventCount: number;
}

/** One check with what it found, for the dashboard's "check now" result. */
export async function findCheckResult(db: Db, sourceId: string, checkId: string): Promise<CheckResultView | null> {
  const check = await db.check.findFirst({ where: { id: checkId, sourceId } });
  if (!check) return null;
  if (!check.snapshotId) return { check, priceCount: 0, eventCount: 0 };
  const [priceCount, eventCount] = await Promise.all([
    db.pricePoint.count({ where: { snapshotId: check.snapshotId } }),
    db.changeEvent.count({ where: { toSnapshotId: check.snapshotId } }),
  ]);
  return { check, priceCount, eventCount };
}
