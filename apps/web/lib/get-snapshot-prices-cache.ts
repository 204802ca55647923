// The dashboard's cache of analysed snapshots' price points (they never change once written), shared by
// the price matrix and the cost calculator so a request reads only the points of snapshots new since.
import { createSnapshotPricesCache, type SnapshotPricesCache } from "@ratecard/db";

const holder = globalThis as typeof globalThis & { ratecardSnapshotPrices?: SnapshotPricesCache };

export function getSnapshotPricesCache(): SnapshotPricesCache {
  holder.ratecardSnapshotPrices ??= createSnapshotPricesCache();
  return holder.ratecardSnapshotPrices;
}
