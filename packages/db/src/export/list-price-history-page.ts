// One page of a model's price history: every price point any snapshot stated for it, oldest first,
// dated by the snapshot; keyset-paged on (snapshot firstSeenAt, price point id).
import type { Db } from "../create-db-client";
import type { PricePoint, Prisma } from "../generated/prisma/client";

export type PriceHistoryRow = PricePoint & {
  snapshot: { id: string; firstSeenAt: Date; lastSeenAt: Date; source: { id: string; name: string; url: string } };
};

/** `provider` matches the source's provider or the price point's own, as the price matrix groups them. */
export async function listPriceHistoryPage(
  db: Db,
  options: { provider: string; model: string; after?: readonly string[]; limit: number },
): Promise<{ rows: PriceHistoryRow[]; hasMore: boolean }> {
  const { provider, model, after, limit } = options;
  const and: Prisma.PricePointWhereInput[] = [
    { model },
    { OR: [{ provider: { equals: provider, mode: "insensitive" } }, { snapshot: { source: { provider: { equals: provider, mode: "insensitive" } } } }] },
  ];
  if (after) {
    const at = new Date(after[0]!);
    and.push({ OR: [{ snapshot: { firstSeenAt: { gt: at } } }, { snapshot: { firstSeenAt: at }, id: { gt: after[1]! } }] });
  }
  const rows = await db.pricePoint.findMany({
    where: { AND: and },
    orderBy: [{ snapshot: { firstSeenAt: "asc" } }, { id: "asc" }],
    take: limit + 1,
    include: { snapshot: { select: { id: true, firstSeenAt: true, lastSeenAt: true, source: { select: { id: true, name: true, url: true } } } } },
  });
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
}
