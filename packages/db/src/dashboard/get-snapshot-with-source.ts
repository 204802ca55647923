import type { Db } from "../create-db-client";
import { isUuid } from "../ids/is-uuid";

/** One snapshot's texts and dates with the source it belongs to (the screenshot bytes stay in the database). */
export async function getSnapshotWithSource(db: Db, id: string) {
  if (!isUuid(id)) return null;
  return db.snapshot.findUnique({
    where: { id },
    select: {
      id: true,
      contentHash: true,
      contentType: true,
      rawBody: true,
      normalizedText: true,
      firstSeenAt: true,
      lastSeenAt: true,
      previousId: true,
      source: { select: { id: true, name: true, provider: true, url: true } },
    },
  });
}
