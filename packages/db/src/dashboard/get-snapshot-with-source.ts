import type { Db } from "../create-db-client";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One snapshot's texts and dates with the source it belongs to (the screenshot bytes stay in the database). */
export async function getSnapshotWithSource(db: Db, id: string) {
  if (!UUID.test(id)) return null;
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
