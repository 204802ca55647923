// The dashboard's cache of analysed snapshots' price points (they never change once written), shared by
// the price matrix and the cost calculator so a request reads only the points of snapshots new since.
import { createSnapshotPricesCache, type SnapshotPricesCache } from "@ratecard/db";
import { processSingleton } from "./process-singleton";

export function getSnapshotPricesCache(): SnapshotPricesCache {
  return processSingleton("snapshot-prices", () => createSnapshotPricesCache());
}
