import type { Check, Source } from "../generated/prisma/client";
import type { DbOrTx } from "./types";

type CheckRow = Pick<Check, "id" | "outcome" | "startedAt" | "error">;

export interface SourceFailureStreak {
  source: Pick<Source, "id" | "name" | "url" | "provider">;
  /** The first failing check after the last good one (the streak's identity). */
  first: CheckRow;
  /** The newest failing check. */
  last: CheckRow;
  length: number;
  /** The first good check after the streak, when it has ended. */
  recoveredBy: CheckRow | null;
}

const FAILED = ["failed", "blocked"] as const;
const GOOD = ["changed", "unchanged"] as const;
const columns = { id: true, outcome: true, startedAt: true, error: true } as const;

/**
 * The latest failure streak of every source that had a failed or blocked check after `since`: the same
 * streak as summariseFailureStreak in @ratecard/core computes from a full history, read with four
 * indexed queries per source instead of the whole history.
 */
export async function listFailureStreaks(db: DbOrTx, options: { since: Date }): Promise<SourceFailureStreak[]> {
  const failing = await db.check.findMany({
    where: { outcome: { in: [...FAILED] }, startedAt: { gt: options.since } },
    distinct: ["sourceId"],
    select: { sourceId: true },
  });
  const streaks: SourceFailureStreak[] = [];
  for (const { sourceId } of failing) {
    const last = await db.check.findFirst({ where: { sourceId, outcome: { in: [...FAILED] } }, orderBy: [{ startedAt: "desc" }, { id: "desc" }], select: columns });
    if (!last) continue;
    const goodBefore = await db.check.findFirst({
      where: { sourceId, outcome: { in: [...GOOD] }, startedAt: { lt: last.startedAt } },
      orderBy: [{ startedAt: "desc" }, { id: "desc" }],
      select: { startedAt: true },
    });
    const inStreak = { sourceId, startedAt: { ...(goodBefore ? { gt: goodBefore.startedAt } : {}), lte: last.startedAt } };
    const [first, length, recoveredBy, source] = await Promise.all([
      db.check.findFirst({ where: inStreak, orderBy: [{ startedAt: "asc" }, { id: "asc" }], select: columns }),
      db.check.count({ where: inStreak }),
      db.check.findFirst({ where: { sourceId, outcome: { in: [...GOOD] }, startedAt: { gt: last.startedAt } }, orderBy: [{ startedAt: "asc" }, { id: "asc" }], select: columns }),
      db.source.findUnique({ where: { id: sourceId }, select: { id: true, name: true, url: true, provider: true } }),
    ]);
    if (!first || !source) continue;
    streaks.push({ source, first, last, length, recoveredBy });
  }
  return streaks;
}
