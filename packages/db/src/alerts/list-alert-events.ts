import type { ChangeEvent, Source } from "../generated/prisma/client";
import type { DbOrTx } from "./types";

export type AlertEventRow = ChangeEvent & { source: Pick<Source, "id" | "name" | "url" | "provider"> };

/** Change events detected in (after, until], or with the given ids, with their source, oldest first. */
export async function listAlertEvents(db: DbOrTx, filter: { after?: Date; until?: Date; ids?: string[] }): Promise<AlertEventRow[]> {
  return db.changeEvent.findMany({
    where: {
      ...(filter.after || filter.until ? { detectedAt: { ...(filter.after ? { gt: filter.after } : {}), ...(filter.until ? { lte: filter.until } : {}) } } : {}),
      ...(filter.ids ? { id: { in: filter.ids } } : {}),
    },
    include: { source: { select: { id: true, name: true, url: true, provider: true } } },
    orderBy: [{ detectedAt: "asc" }, { id: "asc" }],
  });
}
