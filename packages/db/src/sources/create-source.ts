import type { Db } from "../create-db-client";
import type { Source } from "../generated/prisma/client";
import type { SourceInput } from "./types";

/** Adds a source; a source with the same kind and URL is a user error, reported by the caller. */
export async function createSource(db: Db, input: SourceInput): Promise<Source> {
  return db.source.create({ data: toSourceData(input) });
}

export function toSourceData(input: SourceInput) {
  return {
    kind: input.kind,
    name: input.name,
    url: input.url,
    provider: input.provider ?? null,
    fetchMode: input.fetchMode ?? "auto",
    selector: input.selector ?? null,
    ignorePatterns: input.ignorePatterns ?? [],
    schedule: input.schedule,
    enabled: input.enabled ?? true,
  } as const;
}
