import type { Snapshot, Source } from "../generated/prisma/client";
import { readCardHealth, type StoredCardHealth } from "../snapshots/read-card-health";
import type { DbOrTx } from "./types";

export interface DegradedSnapshot {
  id: string;
  firstSeenAt: Snapshot["firstSeenAt"];
  cardWarnings: string[];
  /** Stored by the analysis of degraded cards; null on snapshots analysed before it was stored. */
  cardHealth: StoredCardHealth | null;
  source: Pick<Source, "id" | "name" | "url" | "provider">;
}

/** Snapshots first seen after `since` whose price card was marked degraded, oldest first. */
export async function listDegradedSnapshots(db: DbOrTx, options: { since: Date }): Promise<DegradedSnapshot[]> {
  const rows = await db.snapshot.findMany({
    where: { cardStatus: "degraded", firstSeenAt: { gt: options.since } },
    orderBy: [{ firstSeenAt: "asc" }, { id: "asc" }],
    select: { id: true, firstSeenAt: true, cardWarnings: true, cardHealth: true, source: { select: { id: true, name: true, url: true, provider: true } } },
  });
  return rows.map((row) => ({ ...row, cardHealth: readCardHealth(row.cardHealth) }));
}
