import type { Db } from "../create-db-client";
import type { Source } from "../generated/prisma/client";

export async function listSources(db: Db, filter: { enabledOnly?: boolean } = {}): Promise<Source[]> {
  return db.source.findMany({
    where: filter.enabledOnly ? { enabled: true } : {},
    orderBy: [{ kind: "asc" }, { provider: "asc" }, { name: "asc" }],
  });
}
