import type { PricePoint } from "../generated/prisma/client";

/**
 * The price points of analysed snapshots, kept between requests. Safe to keep: a snapshot's points are
 * written once, in the transaction that first analyses it, and never change afterwards (content seen
 * again reuses the row and its points), so an entry can only go stale by being evicted.
 */
export interface SnapshotPricesCache {
  get(snapshotId: string): PricePoint[] | undefined;
  set(snapshotId: string, points: PricePoint[]): void;
}

/** A bounded cache: past `maxSnapshots` entries the least recently used go first. */
export function createSnapshotPricesCache(maxSnapshots = 5_000): SnapshotPricesCache {
  const entries = new Map<string, PricePoint[]>();
  return {
    get(snapshotId) {
      const points = entries.get(snapshotId);
      if (points) {
        entries.delete(snapshotId);
        entries.set(snapshotId, points);
      }
      return points;
    },
    set(snapshotId, points) {
      entries.delete(snapshotId);
      entries.set(snapshotId, points);
      while (entries.size > maxSnapshots) entries.delete(entries.keys().next().value as string);
    },
  };
}
