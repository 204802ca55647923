import type { Db } from "../create-db-client";

/** The providers and kinds that occur in change events, for the feed's filter choices. */
export async function listChangeEventFacets(db: Db): Promise<{ providers: string[]; kinds: string[] }> {
  const [providers, kinds] = await Promise.all([
    db.changeEvent.findMany({ where: { provider: { not: null } }, distinct: ["provider"], select: { provider: true }, orderBy: { provider: "asc" } }),
    db.changeEvent.findMany({ distinct: ["kind"], select: { kind: true }, orderBy: { kind: "asc" } }),
  ]);
  return { providers: providers.flatMap((p) => (p.provider ? [p.provider] : [])), kinds: kinds.map((k) => k.kind) };
}
