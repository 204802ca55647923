import type { Db } from "../create-db-client";

/** A source's snapshots, the current one first (a page that went back to an old version makes that one current again), without their bodies. */
export async function listSnapshots(db: Db, sourceId: string, options: { limit?: number } = {}) {
  return db.snapshot.findMany({
    where: { sourceId },
    orderBy: { lastSeenAt: "desc" },
    take: options.limit ?? 100,
    select: { id: true, sourceId: true, contentHash: true, contentType: true, firstSeenAt: true, lastSeenAt: true, previousId: true },
  });
}
