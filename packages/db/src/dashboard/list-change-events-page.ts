// One page of the dashboard's change feed: every source's events, newest first, filtered.
import type { Db } from "../create-db-client";
import type { ChangeEvent } from "../generated/prisma/client";
import { changeEventFilterWhere } from "./change-event-filter-where";

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
  const and = changeEventFilterWhere(filter);
  const rows = await db.changeEvent.findMany({
    where: and.length > 0 ? { AND: and } : {},
    orderBy: [{ detectedAt: "desc" }, { id: "asc" }],
    skip: offset,
    take: limit + 1,
    include: { source: { select: { id: true, name: true } } },
  });
  return { events: rows.slice(0, limit), hasMore: rows.length > limit };
}
