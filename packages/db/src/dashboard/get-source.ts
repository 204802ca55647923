import type { Db } from "../create-db-client";
import type { Source } from "../generated/prisma/client";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A source by its exact id, as the dashboard's URLs carry it; anything that is not a UUID is simply not found. */
export async function getSource(db: Db, id: string): Promise<Source | null> {
  if (!UUID.test(id)) return null;
  return db.source.findUnique({ where: { id } });
}
