import type { Db } from "../create-db-client";

/** A source's snapshots, newest first, without their (large) bodies. */
export async function listSnapshots(db: Db, sourceId: string, options: { limit?: number } = {}) {
  return db.snapshot.findMany({
    where: { sourceId },
    orderBy: { firstSeenAt: "desc" },
    take: options.limit ?? 100,
    select: { id: true, sourceId: true, contentHash: true, contentType: true, firstSeenAt: true, lastSeenAt: true, previousId: true },
  });
}
