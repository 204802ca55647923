import type { Db } from "../create-db-client";
import { readCardHealth, type StoredCardHealth } from "./read-card-health";
import { readExtractionGaps, type StoredExtractionGap } from "./read-extraction-gaps";

export interface CurrentCard {
  snapshotId: string;
  firstSeenAt: Date;
  /** ok | degraded | blocked | not-pricing | empty | error; null when not analysed. */
  cardStatus: string | null;
  cardWarnings: string[];
  cardHealth: StoredCardHealth | null;
  extractionGaps: StoredExtractionGap[];
}

/** The price card of a source's current snapshot (the one seen last): its status, warnings and gaps. */
export async function getCurrentCard(db: Db, sourceId: string): Promise<CurrentCard | null> {
  const row = await db.snapshot.findFirst({
    where: { sourceId },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, firstSeenAt: true, cardStatus: true, cardWarnings: true, cardHealth: true, extractionGaps: true },
  });
  if (!row) return null;
  return {
    snapshotId: row.id,
    firstSeenAt: row.firstSeenAt,
    cardStatus: row.cardStatus,
    cardWarnings: row.cardWarnings,
    cardHealth: readCardHealth(row.cardHealth),
    extractionGaps: readExtractionGaps(row.extractionGaps),
  };
}
