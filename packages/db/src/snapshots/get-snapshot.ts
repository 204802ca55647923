import type { Db } from "../create-db-client";
import type { Snapshot } from "../generated/prisma/client";

export async function getSnapshot(db: Db, id: string): Promise<Snapshot | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
  return db.snapshot.findUnique({ where: { id } });
}
