// One page of change events for the API and downloads: the change feed's filters plus a date range,
// newest first, keyset-paged on (detectedAt desc, id asc).
import type { Db } from "../create-db-client";
import { changeEventFilterWhere } from "../dashboard/change-event-filter-where";
import type { ChangeEventFilter } from "../dashboard/list-change-events-page";
import type { ChangeEvent } from "../generated/prisma/client";

export interface ChangeEventsAfterFilter extends ChangeEventFilter {
  since?: Date;
  until?: Date;
}

export type ChangeEventWithSource = ChangeEvent & { source: { id: string; name: string; url: string } };

export async function listChangeEventsAfter(
  db: Db,
  options: { filter?: ChangeEventsAfterFilter; after?: readonly string[]; limit: number },
): Promise<{ rows: ChangeEventWithSource[]; hasMore: boolean }> {
  const { filter = {}, after, limit } = options;
  const and = changeEventFilterWhere(filter);
  if (filter.since) and.push({ detectedAt: { gte: filter.since } });
  if (filter.until) and.push({ detectedAt: { lt: filter.until } });
  if (after) {
    const at = new Date(after[0]!);
    and.push({ OR: [{ detectedAt: { lt: at } }, { detectedAt: at, id: { gt: after[1]! } }] });
  }
  const rows = await db.changeEvent.findMany({
    where: { AND: and },
    orderBy: [{ detectedAt: "desc" }, { id: "asc" }],
    take: limit + 1,
    include: { source: { select: { id: true, name: true, url: true } } },
  });
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
}
