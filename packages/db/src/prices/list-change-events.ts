import type { Db } from "../create-db-client";
import type { ChangeEvent } from "../generated/prisma/client";

/** Change events, newest first, optionally of one source or one snapshot. */
export async function listChangeEvents(
  db: Db,
  filter: { sourceId?: string; toSnapshotId?: string; limit?: number } = {},
): Promise<ChangeEvent[]> {
  return db.changeEvent.findMany({
    where: { ...(filter.sourceId ? { sourceId: filter.sourceId } : {}), ...(filter.toSnapshotId ? { toSnapshotId: filter.toSnapshotId } : {}) },
    orderBy: [{ detectedAt: "desc" }, { id: "asc" }],
    take: filter.limit ?? 100,
  });
}
