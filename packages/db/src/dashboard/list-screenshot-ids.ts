import type { Db } from "../create-db-client";

/** Which of the given snapshots have a stored screenshot (without reading the bytes). */
export async function listScreenshotIds(db: Db, snapshotIds: string[]): Promise<Set<string>> {
  if (snapshotIds.length === 0) return new Set();
  const rows = await db.snapshot.findMany({ where: { id: { in: snapshotIds }, screenshot: { not: null } }, select: { id: true } });
  return new Set(rows.map((row) => row.id));
}
