import type { Db } from "../create-db-client";
import type { PricePoint } from "../generated/prisma/client";

/** The price points read from each of the given snapshots of a source (snapshots of other sources are left out). */
export async function listSnapshotPricePoints(db: Db, sourceId: string, snapshotIds: string[]): Promise<Map<string, PricePoint[]>> {
  const bySnapshot = new Map<string, PricePoint[]>(snapshotIds.map((id) => [id, []]));
  if (snapshotIds.length === 0) return bySnapshot;
  const rows = await db.pricePoint.findMany({
    where: { snapshotId: { in: snapshotIds }, snapshot: { sourceId } },
    orderBy: [{ model: "asc" }, { dimension: "asc" }, { tier: "asc" }],
  });
  for (const row of rows) bySnapshot.get(row.snapshotId)?.push(row);
  return bySnapshot;
}
