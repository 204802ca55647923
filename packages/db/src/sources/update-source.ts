import type { Db } from "../create-db-client";
import type { Source } from "../generated/prisma/client";
import { toSourceData } from "./create-source";
import type { SourceInput } from "./types";

/** Replaces a source's settings (its checks, snapshots and collector state stay); null when it is gone. */
export async function updateSource(db: Db, id: string, input: SourceInput): Promise<Source | null> {
  const { count } = await db.source.updateMany({ where: { id }, data: toSourceData(input) });
  return count === 1 ? db.source.findUnique({ where: { id } }) : null;
}
