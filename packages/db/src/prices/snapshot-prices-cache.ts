import type { PricePoint } from "../generated/prisma/client";

/**
 * The price points of each source's current analysed snapshot, kept between requests. Safe to keep: a
 * snapshot's points are written once, in the transaction that first analyses it, and never change
 * afterwards. One entry per source (a new snapshot replaces the old entry), so the cache holds what
 * the price matrix shows and no more, whatever the history's length.
 */
export interface SnapshotPricesCache {
  get(sourceId: string, snapshotId: string): PricePoint[] | undefined;
  set(sourceId: string, snapshotId: string, points: PricePoint[]): void;
}

export function createSnapshotPricesCache(): SnapshotPricesCache {
  const entries = new Map<string, { snapshotId: string; points: PricePoint[] }>();
  return {
    get(sourceId, snapshotId) {
      const entry = entries.get(sourceId);
      return entry?.snapshotId === snapshotId ? entry.points : undefined;
    },
    set(sourceId, snapshotId, points) {
      entries.set(sourceId, { snapshotId, points });
    },
  };
}
