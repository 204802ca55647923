import type { Snapshot, Source } from "../generated/prisma/client";
import type { DbOrTx } from "./types";

export interface DegradedSnapshot {
  id: string;
  firstSeenAt: Snapshot["firstSeenAt"];
  cardWarnings: string[];
  /** Stored by the analysis of degraded cards; null on snapshots analysed before it was stored. */
  cardHealth: { lostPrices: number; previousPrices: number; lostModels: string[] } | null;
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

function readCardHealth(value: unknown): DegradedSnapshot["cardHealth"] {
  if (!value || typeof value !== "object") return null;
  const { lostPrices, previousPrices, lostModels } = value as Record<string, unknown>;
  if (typeof lostPrices !== "number" || typeof previousPrices !== "number" || !Array.isArray(lostModels)) return null;
  return { lostPrices, previousPrices, lostModels: lostModels.filter((m): m is string => typeof m === "string") };
}
