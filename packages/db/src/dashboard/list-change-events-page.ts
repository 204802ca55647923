// One page of the dashboard's change feed: every source's events, newest first, filtered.
import type { Db } from "../create-db-client";
import type { ChangeEvent, Prisma } from "../generated/prisma/client";

export interface ChangeEventFilter {
  provider?: string;
  /** Case-insensitive substring of the model name. */
  model?: string;
  kind?: string;
  /** Minimum absolute percent change (events without a percent are left out when set). */
  minAbsPct?: number;
}

export interface ChangeEventsPage {
  events: (ChangeEvent & { source: { id: string; name: string } })[];
  /** Whether a further page exists after this one. */
  hasMore: boolean;
}

/** Offset pagination: the feed is append-mostly and pages are shallow, so an offset is cheap enough. */
export async function listChangeEventsPage(
  db: Db,
  options: { filter?: ChangeEventFilter; offset?: number; limit?: number } = {},
): Promise<ChangeEventsPage> {
  const { filter = {}, offset = 0, limit = 50 } = options;
  const and: Prisma.ChangeEventWhereInput[] = [];
  if (filter.provider) and.push({ provider: filter.provider });
  if (filter.model) and.push({ model: { contains: filter.model, mode: "insensitive" } });
  if (filter.kind) and.push({ kind: filter.kind });
  if (filter.minAbsPct !== undefined && filter.minAbsPct > 0) {
    and.push({ OR: [{ pctChange: { gte: filter.minAbsPct } }, { pctChange: { lte: -filter.minAbsPct } }] });
  }
  const rows = await db.changeEvent.findMany({
    where: and.length > 0 ? { AND: and } : {},
    orderBy: [{ detectedAt: "desc" }, { id: "asc" }],
    skip: offset,
    take: limit + 1,
    include: { source: { select: { id: true, name: true } } },
  });
  return { events: rows.slice(0, limit), hasMore: rows.length > limit };
}
