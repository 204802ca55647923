import type { Db } from "../create-db-client";
import type { PricePoint, Source, SourceKind } from "../generated/prisma/client";
import type { SnapshotPricesCache } from "./snapshot-prices-cache";

export interface CurrentPrices {
  source: Source;
  snapshot: { id: string; firstSeenAt: Date; lastSeenAt: Date };
  prices: PricePoint[];
}

/**
 * Each source's current snapshot (the one seen last) with its price points. With a cache, only the
 * points of analysed snapshots it has not seen are read (the dashboard keeps one per process).
 */
export async function listCurrentPricePoints(
  db: Db,
  filter: { kinds?: SourceKind[]; provider?: string } = {},
  options: { cache?: SnapshotPricesCache } = {},
): Promise<CurrentPrices[]> {
  const sources = await db.source.findMany({
    where: { ...(filter.kinds ? { kind: { in: filter.kinds } } : {}), ...(filter.provider ? { provider: filter.provider } : {}) },
    orderBy: [{ provider: "asc" }, { name: "asc" }],
  });
  if (sources.length === 0) return [];
  // One index lookup per source (snapshots_source_id_last_seen_at_idx), however many versions it has.
  const current = await db.$queryRaw<{ id: string; source_id: string; first_seen_at: Date; last_seen_at: Date; analysed: boolean }[]>`
    SELECT snap.id::text, s.id::text AS source_id, snap.first_seen_at, snap.last_seen_at, snap.card_status IS NOT NULL AS analysed
    FROM unnest(${sources.map((s) => s.id)}::uuid[]) AS s(id)
    CROSS JOIN LATERAL (
      SELECT id, first_seen_at, last_seen_at, card_status FROM snapshots WHERE source_id = s.id ORDER BY last_seen_at DESC LIMIT 1
    ) snap`;
  const cache = options.cache;
  const bySnapshot = new Map<string, PricePoint[]>();
  const missing: string[] = [];
  for (const snapshot of current) {
    const cached = snapshot.analysed ? cache?.get(snapshot.source_id, snapshot.id) : undefined;
    if (cached) bySnapshot.set(snapshot.id, cached);
    else missing.push(snapshot.id);
  }
  if (missing.length > 0) {
    const points = await db.pricePoint.findMany({
      where: { snapshotId: { in: missing } },
      orderBy: [{ provider: "asc" }, { model: "asc" }, { dimension: "asc" }, { tier: "asc" }],
    });
    const read = new Map<string, PricePoint[]>(missing.map((id) => [id, []]));
    for (const point of points) read.get(point.snapshotId)?.push(point);
    const analysed = new Map(current.filter((c) => c.analysed).map((c) => [c.id, c.source_id]));
    for (const [id, list] of read) {
      bySnapshot.set(id, list);
      // Only an analysed snapshot's points are final (an unanalysed one may gain points once).
      const sourceId = analysed.get(id);
      if (sourceId) cache?.set(sourceId, id, list);
    }
  }
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
