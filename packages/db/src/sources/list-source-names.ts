import type { Db } from "../create-db-client";

/** Every source's id and name, by name: what a picker needs, without the rows' state and settings. */
export async function listSourceNames(db: Db): Promise<{ id: string; name: string }[]> {
  return db.source.findMany({ select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
}
