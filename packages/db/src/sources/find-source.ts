import type { Db } from "../create-db-client";
import type { Source } from "../generated/prisma/client";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A source by id (or by a unique id prefix of at least 6 characters, as `sources list` prints them). */
export async function findSource(db: Db, idOrPrefix: string): Promise<Source | null> {
  const key = idOrPrefix.trim().toLowerCase();
  if (UUID.test(key)) return db.source.findUnique({ where: { id: key } });
  if (!/^[0-9a-f-]{6,}$/.test(key)) return null;
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT id::text FROM sources WHERE id::text LIKE ${`${key}%`} LIMIT 2`;
  if (rows.length !== 1 || !rows[0]) return null;
  return db.source.findUnique({ where: { id: rows[0].id } });
}
