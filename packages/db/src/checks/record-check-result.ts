import type { Db } from "../create-db-client";
import { Prisma, type Check, type Snapshot } from "../generated/prisma/client";
import type { AfterEvents, AnalysePrices, CheckResult } from "./types";

export interface RecordedCheck {
  check: Check;
  /** The snapshot the content matched or created (absent for blocked and failed checks). */
  snapshot: Snapshot | null;
  /** The snapshot that was current before this check, when the content changed. */
  previous: Snapshot | null;
}

/**
 * Stores one check. Content is kept once per distinct hash: the same content as the current snapshot
 * only moves its lastSeenAt; a blocked or failed check never touches any snapshot.
 */
export async function recordCheckResult(
  db: Db,
  input: {
    sourceId: string;
    startedAt: Date;
    finishedAt: Date;
    slotAt?: Date | null;
    result: CheckResult;
    /** Price card and change events of new content; stored atomically with the snapshot. */
    analyse?: AnalysePrices;
    /** Called in the same transaction with the new events' ids: their alerts are queued atomically too. */
    afterEvents?: AfterEvents;
  },
): Promise<RecordedCheck> {
  const { sourceId, startedAt, finishedAt, result } = input;
  const base = {
    sourceId,
    startedAt,
    finishedAt,
    durationMs: Math.max(0, finishedAt.getTime() - startedAt.getTime()),
    engine: result.engine,
    httpStatus: result.httpStatus,
    finalUrl: result.finalUrl,
    slotAt: input.slotAt ?? null,
    refusedRequests: result.refusedRequests?.length ? result.refusedRequests.map(({ url, reason }) => ({ url, reason })) : Prisma.DbNull,
  };

  if (result.kind !== "content") {
    const check = await db.check.create({ data: { ...base, outcome: result.kind, error: result.error } });
    return { check, snapshot: null, previous: null };
  }

  return db.$transaction(async (tx) => {
    // One check of a source at a time (a "check now" during a scheduled check, two workers): the second
    // waits, then sees the first's snapshot as current, so a change is stored and alerted once.
    await tx.$queryRaw`SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext(${sourceId}))) AS source_lock`;
    const current = await tx.snapshot.findFirst({ where: { sourceId }, orderBy: [{ lastSeenAt: "desc" }, { firstSeenAt: "desc" }] });
    if (current && current.contentHash === result.contentHash) {
      const snapshot = await tx.snapshot.update({ where: { id: current.id }, data: { lastSeenAt: finishedAt } });
      const check = await tx.check.create({ data: { ...base, outcome: "unchanged", snapshotId: snapshot.id } });
      return { check, snapshot, previous: null };
    }
    // Content seen before (a page that went back to an earlier version) reuses that row.
    const snapshot = await tx.snapshot.upsert({
      where: { sourceId_contentHash: { sourceId, contentHash: result.contentHash } },
      update: { lastSeenAt: finishedAt, previousId: current?.id ?? null },
      create: {
        sourceId,
        contentHash: result.contentHash,
        contentType: result.contentType,
        rawBody: result.rawBody,
        normalizedText: result.normalizedText,
        firstSeenAt: finishedAt,
        lastSeenAt: finishedAt,
        screenshot: result.screenshot ? Buffer.from(result.screenshot) : null,
        previousId: current?.id ?? null,
      },
    });
    const check = await tx.check.create({ data: { ...base, outcome: "changed", snapshotId: snapshot.id } });
    if (!input.analyse) return { check, snapshot, previous: current };

    const analysis = input.analyse(current, result);
    let analysed = snapshot;
    // Content seen before already has its price points; only a first sighting stores them.
    if (snapshot.cardStatus === null) {
      analysed = await tx.snapshot.update({
        where: { id: snapshot.id },
        data: { cardStatus: analysis.cardStatus, cardWarnings: analysis.cardWarnings, extractionGaps: (analysis.extractionGaps ?? []) as Prisma.InputJsonValue[], ...(analysis.cardHealth ? { cardHealth: analysis.cardHealth } : {}) },
      });
      if (analysis.pricePoints.length > 0) {
        await tx.pricePoint.createMany({ data: analysis.pricePoints.map((p) => ({ ...p, snapshotId: snapshot.id })) });
      }
    }
    if (analysis.events.length > 0) {
      const created = await tx.changeEvent.createManyAndReturn({
        data: analysis.events.map((e) => ({ ...e, sourceId, fromSnapshotId: current?.id ?? null, toSnapshotId: snapshot.id, detectedAt: finishedAt })),
        select: { id: true },
      });
      await input.afterEvents?.(tx, created.map((event) => event.id));
    }
    return { check, snapshot: analysed, previous: current };
  }, { timeout: 30_000, maxWait: 30_000 });
}
