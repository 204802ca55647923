import type { Db } from "../create-db-client";

/** Removes a source and, by cascade, its checks, snapshots and events. */
export async function removeSource(db: Db, id: string): Promise<void> {
  await db.source.delete({ where: { id } });
}
