import type { Db } from "../create-db-client";
import type { Snapshot } from "../generated/prisma/client";
import { isUuid } from "../ids/is-uuid";

export async function getSnapshot(db: Db, id: string): Promise<Snapshot | null> {
  if (!isUuid(id)) return null;
  return db.snapshot.findUnique({ where: { id } });
}
