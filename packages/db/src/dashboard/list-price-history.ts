// One model's prices over time: the price points of every snapshot that states them (dated by the
// snapshot's first_seen_at), and the change events recorded for the model.
import type { Db } from "../create-db-client";
import type { ChangeEvent, PricePoint } from "../generated/prisma/client";

export interface PriceHistorySnapshot {
  snapshotId: string;
  sourceId: string;
  sourceName: string;
  firstSeenAt: Date;
  lastSeenAt: Date;
  prices: PricePoint[];
}

export interface PriceHistory {
  snapshots: PriceHistorySnapshot[];
  events: ChangeEvent[];
}

/** `provider` matches the source's provider or the price point's own, as the price matrix groups them. */
export async function listPriceHistory(db: Db, filter: { provider: string; model: string }): Promise<PriceHistory> {
  const { provider, model } = filter;
  const providerMatch = [{ provider }, { source: { provider } }];
  const [points, events] = await Promise.all([
    db.pricePoint.findMany({
      where: { model, OR: [{ provider }, { snapshot: { source: { provider } } }] },
      include: { snapshot: { select: { id: true, sourceId: true, firstSeenAt: true, lastSeenAt: true, source: { select: { name: true } } } } },
      orderBy: [{ snapshot: { firstSeenAt: "asc" } }, { dimension: "asc" }, { tier: "asc" }],
    }),
    db.changeEvent.findMany({ where: { model, OR: providerMatch }, orderBy: { detectedAt: "asc" } }),
  ]);
  const bySnapshot = new Map<string, PriceHistorySnapshot>();
  for (const { snapshot, ...point } of points) {
    const entry = bySnapshot.get(snapshot.id) ?? {
      snapshotId: snapshot.id,
      sourceId: snapshot.sourceId,
      sourceName: snapshot.source.name,
      firstSeenAt: snapshot.firstSeenAt,
      lastSeenAt: snapshot.lastSeenAt,
      prices: [],
    };
    entry.prices.push(point);
    bySnapshot.set(snapshot.id, entry);
  }
  return { snapshots: [...bySnapshot.values()], events };
}
