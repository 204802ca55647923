import type { Db } from "../create-db-client";
import type { Check, Source } from "../generated/prisma/client";

export interface SourceWithLastCheck {
  source: Source;
  lastCheck: Check | null;
  snapshotCount: number;
}

/** Every source with its most recent check: one index lookup per source (LATERAL ... LIMIT 1), however long the history. */
export async function listSourcesWithLastCheck(db: Db): Promise<SourceWithLastCheck[]> {
  const sources = await db.source.findMany({ orderBy: [{ kind: "asc" }, { provider: "asc" }, { name: "asc" }] });
  if (sources.length === 0) return [];
  const ids = sources.map((s) => s.id);
  const lastIds = await db.$queryRaw<{ id: string }[]>`
    SELECT last.id::text FROM unnest(${ids}::uuid[]) AS s(id)
    CROSS JOIN LATERAL (SELECT id FROM checks WHERE source_id = s.id ORDER BY started_at DESC LIMIT 1) last`;
  const checks = await db.check.findMany({ where: { id: { in: lastIds.map((r) => r.id) } } });
  const counts = await db.snapshot.groupBy({ by: ["sourceId"], _count: { _all: true }, where: { sourceId: { in: ids } } });
  const bySource = new Map(checks.map((c) => [c.sourceId, c]));
  const countBySource = new Map(counts.map((c) => [c.sourceId, c._count._all]));
  return sources.map((source) => ({
    source,
    lastCheck: bySource.get(source.id) ?? null,
    snapshotCount: countBySource.get(source.id) ?? 0,
  }));
}
