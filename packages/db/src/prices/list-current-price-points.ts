import type { Db } from "../create-db-client";
import type { PricePoint, Source, SourceKind } from "../generated/prisma/client";

export interface CurrentPrices {
  source: Source;
  snapshot: { id: string; firstSeenAt: Date; lastSeenAt: Date };
  prices: PricePoint[];
}

/** Each source's current snapshot (the one seen last) with its price points. */
export async function listCurrentPricePoints(db: Db, filter: { kinds?: SourceKind[]; provider?: string } = {}): Promise<CurrentPrices[]> {
  const sources = await db.source.findMany({
    where: { ...(filter.kinds ? { kind: { in: filter.kinds } } : {}), ...(filter.provider ? { provider: filter.provider } : {}) },
    orderBy: [{ provider: "asc" }, { name: "asc" }],
  });
  if (sources.length === 0) return [];
  // One index lookup per source (snapshots_source_id_last_seen_at_idx), however many versions it has.
  const current = await db.$queryRaw<{ id: string; source_id: string; first_seen_at: Date; last_seen_at: Date }[]>`
    SELECT snap.id::text, s.id::text AS source_id, snap.first_seen_at, snap.last_seen_at
    FROM unnest(${sources.map((s) => s.id)}::uuid[]) AS s(id)
    CROSS JOIN LATERAL (
      SELECT id, first_seen_at, last_seen_at FROM snapshots WHERE source_id = s.id ORDER BY last_seen_at DESC LIMIT 1
    ) snap`;
  const points = await db.pricePoint.findMany({
    where: { snapshotId: { in: current.map((c) => c.id) } },
    orderBy: [{ provider: "asc" }, { model: "asc" }, { dimension: "asc" }, { tier: "asc" }],
  });
  const bySnapshot = new Map<string, PricePoint[]>();
  for (const point of points) bySnapshot.set(point.snapshotId, [...(bySnapshot.get(point.snapshotId) ?? []), point]);
  const currentBySource = new Map(current.map((c) => [c.source_id, c]));
  return sources.flatMap((source) => {
    const snapshot = currentBySource.get(source.id);
    if (!snapshot) return [];
    return [{
      source,
      snapshot: { id: snapshot.id, firstSeenAt: snapshot.first_seen_at, lastSeenAt: snapshot.last_seen_at },
      prices: bySnapshot.get(snapshot.id) ?? [],
    }];
  });
}
