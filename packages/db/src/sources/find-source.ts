import type { Db } from "../create-db-client";
import type { Source } from "../generated/prisma/client";
import { resolveIdPrefix } from "../ids/resolve-id-prefix";

/** A source by id (or by a unique id prefix of at least 6 characters, as `sources list` prints them). */
export async function findSource(db: Db, idOrPrefix: string): Promise<Source | null> {
  const id = await resolveIdPrefix(db, "sources", idOrPrefix);
  return id ? db.source.findUnique({ where: { id } }) : null;
}
