// One page of the current price points (each price source's latest snapshot), for the API and downloads.
// Keyset-paged on (provider, model, dimension, tier, id), so a deep page costs what the first does.
import type { Db } from "../create-db-client";
import { Prisma } from "../generated/prisma/client";
import { likeContains } from "./like-contains";

export interface CurrentPriceRow {
  id: string;
  /** The source's provider, else the price point's own (registries list many providers), as the price matrix groups them. */
  provider: string;
  model: string;
  dimension: string;
  tier: string;
  contextAbove: number | null;
  cacheTtl: string | null;
  qualifiers: unknown;
  /** Decimal as text, exactly as stored. */
  amount: string;
  unit: string;
  currency: string;
  usdPer1M: string | null;
  evidence: string;
  validFrom: Date | null;
  validUntil: Date | null;
  sourceId: string;
  sourceName: string;
  sourceUrl: string;
  sourceKind: string;
  snapshotId: string;
  firstSeenAt: Date;
  /** When the price was last confirmed: the last check that saw this snapshot. */
  lastSeenAt: Date;
}

export interface CurrentPricesFilter {
  /** Exact provider, case-insensitive. */
  provider?: string;
  /** Case-insensitive substring of the model name. */
  model?: string;
  sourceKind?: "page" | "registry";
}

export async function listCurrentPricesPage(
  db: Db,
  options: { filter?: CurrentPricesFilter; after?: readonly string[]; limit: number },
): Promise<{ rows: CurrentPriceRow[]; hasMore: boolean }> {
  const { filter = {}, after, limit } = options;
  const where = [Prisma.sql`s.kind IN ('page', 'registry')`];
  if (filter.sourceKind) where.push(Prisma.sql`s.kind = ${filter.sourceKind}::source_kind`);
  if (filter.provider) where.push(Prisma.sql`lower(COALESCE(s.provider, pp.provider)) = lower(${filter.provider})`);
  if (filter.model) where.push(Prisma.sql`pp.model ILIKE ${likeContains(filter.model)}`);
  if (after) {
    const [provider, model, dimension, tier, id] = after;
    where.push(Prisma.sql`(COALESCE(s.provider, pp.provider), pp.model, pp.dimension, pp.tier, pp.id) > (${provider}, ${model}, ${dimension}, ${tier}, ${id}::uuid)`);
  }
  const rows = await db.$queryRaw<CurrentPriceRow[]>`
    SELECT pp.id::text AS "id", COALESCE(s.provider, pp.provider) AS "provider", pp.model AS "model", pp.dimension AS "dimension",
      pp.tier AS "tier", pp.context_above AS "contextAbove", pp.cache_ttl AS "cacheTtl", pp.qualifiers AS "qualifiers",
      pp.amount::text AS "amount", pp.unit AS "unit", pp.currency AS "currency", pp.usd_per_1m::text AS "usdPer1M",
      pp.evidence AS "evidence", pp.valid_from AS "validFrom", pp.valid_until AS "validUntil",
      s.id::text AS "sourceId", s.name AS "sourceName", s.url AS "sourceUrl", s.kind::text AS "sourceKind",
      cur.id::text AS "snapshotId", cur.first_seen_at AS "firstSeenAt", cur.last_seen_at AS "lastSeenAt"
    FROM sources s
    CROSS JOIN LATERAL (
      SELECT id, first_seen_at, last_seen_at FROM snapshots WHERE source_id = s.id ORDER BY last_seen_at DESC LIMIT 1
    ) cur
    JOIN price_points pp ON pp.snapshot_id = cur.id
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY COALESCE(s.provider, pp.provider), pp.model, pp.dimension, pp.tier, pp.id
    LIMIT ${limit + 1}`;
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
}
