import type { Db } from "../create-db-client";
import type { Source } from "../generated/prisma/client";
import { isUuid } from "../ids/is-uuid";

/** A source by its exact id, as the dashboard's URLs carry it; anything that is not a UUID is simply not found. */
export async function getSource(db: Db, id: string): Promise<Source | null> {
  if (!isUuid(id)) return null;
  return db.source.findUnique({ where: { id } });
}
