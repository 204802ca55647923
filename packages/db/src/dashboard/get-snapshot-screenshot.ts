import type { Db } from "../create-db-client";
import { isUuid } from "../ids/is-uuid";

/** The screenshot a browser check stored with a snapshot, or null (no such snapshot, or no screenshot). */
export async function getSnapshotScreenshot(db: Db, id: string): Promise<Uint8Array | null> {
  if (!isUuid(id)) return null;
  const row = await db.snapshot.findUnique({ where: { id }, select: { screenshot: true } });
  return row?.screenshot ?? null;
}
