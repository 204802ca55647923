import type { Db } from "../create-db-client";
import type { Check } from "../generated/prisma/client";

export async function listChecks(db: Db, sourceId: string, options: { limit?: number } = {}): Promise<Check[]> {
  return db.check.findMany({ where: { sourceId }, orderBy: { startedAt: "desc" }, take: options.limit ?? 50 });
}
