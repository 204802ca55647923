import type { Db } from "../create-db-client";
import type { Source } from "../generated/prisma/client";
import type { SourceInput } from "./types";

/** The source already watching this (kind, URL), if any: a second one is refused by the unique key. */
export async function findSourceByKindAndUrl(db: Db, input: Pick<SourceInput, "kind" | "url">): Promise<Source | null> {
  return db.source.findUnique({ where: { kind_url: { kind: input.kind, url: input.url } } });
}
