import type { Db } from "../create-db-client";

/** The providers and kinds that occur in change events, for the feed's filter choices (SQL DISTINCT, not rows). */
export async function listChangeEventFacets(db: Db): Promise<{ providers: string[]; kinds: string[] }> {
  const [providers, kinds] = await Promise.all([
    db.$queryRaw<{ provider: string }[]>`SELECT DISTINCT provider FROM change_events WHERE provider IS NOT NULL ORDER BY provider`,
    db.$queryRaw<{ kind: string }[]>`SELECT DISTINCT kind FROM change_events ORDER BY kind`,
  ]);
  return { providers: providers.map((p) => p.provider), kinds: kinds.map((k) => k.kind) };
}
