import type { Db } from "../create-db-client";

/** A source's collector state as stored now (a Source row read before a long collection may be stale). */
export async function readSourceState(db: Db, sourceId: string): Promise<unknown> {
  const row = await db.source.findUnique({ where: { id: sourceId }, select: { state: true } });
  return row?.state ?? null;
}
