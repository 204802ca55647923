// The change feed's filters as Prisma conditions, shared by the feed's pages and the API's.
import type { Prisma } from "../generated/prisma/client";
import type { ChangeEventFilter } from "./list-change-events-page";

export function changeEventFilterWhere(filter: ChangeEventFilter): Prisma.ChangeEventWhereInput[] {
  const and: Prisma.ChangeEventWhereInput[] = [];
  if (filter.provider) and.push({ provider: filter.provider });
  if (filter.model) and.push({ model: { contains: filter.model, mode: "insensitive" } });
  if (filter.kind) and.push({ kind: filter.kind });
  if (filter.minAbsPct !== undefined && filter.minAbsPct > 0) {
    and.push({ OR: [{ pctChange: { gte: filter.minAbsPct } }, { pctChange: { lte: -filter.minAbsPct } }] });
  }
  return and;
}
