import type { Db } from "../create-db-client";

/** The normalised text of the given snapshots, only those that belong to the source (ids not found are left out). */
export async function listSnapshotTexts(
  db: Db,
  sourceId: string,
  snapshotIds: string[],
): Promise<{ id: string; normalizedText: string }[]> {
  if (snapshotIds.length === 0) return [];
  return db.snapshot.findMany({
    where: { sourceId, id: { in: snapshotIds } },
    select: { id: true, normalizedText: true },
  });
}
