import type { Db } from "../create-db-client";

/**
 * Since when a source has stated this price: walks the source's snapshots back from the newest while
 * the same (model, dimension, tier, context band) has the same amount. Null when it is not stated now.
 */
export async function findPriceSince(
  db: Db,
  key: { sourceId: string; model: string; dimension: string; tier: string; contextAbove: number | null },
): Promise<Date | null> {
  const rows = await db.$queryRaw<{ first_seen_at: Date; amount: string | null }[]>`
    SELECT s.first_seen_at, pp.amount::text AS amount
    FROM snapshots s
    LEFT JOIN price_points pp ON pp.snapshot_id = s.id AND pp.model = ${key.model} AND pp.dimension = ${key.dimension}
      AND pp.tier = ${key.tier} AND pp.context_above IS NOT DISTINCT FROM ${key.contextAbove}
    WHERE s.source_id = ${key.sourceId}::uuid AND s.card_status IS NOT NULL
    ORDER BY s.first_seen_at DESC`;
  const newest = rows[0];
  if (!newest?.amount) return null;
  let since = newest.first_seen_at;
  for (const row of rows.slice(1)) {
    if (row.amount === null || Number(row.amount) !== Number(newest.amount)) break;
    since = row.first_seen_at;
  }
  return since;
}
