import type { CheckOutcome } from "../generated/prisma/client";
import type { Db } from "../create-db-client";

export interface FailingSource {
  id: string;
  name: string;
  outcome: Extract<CheckOutcome, "failed" | "blocked">;
  /** The first failed or blocked check after the last good one: failing since then. */
  since: Date;
  error: string | null;
}

/**
 * Sources whose latest check failed or was blocked, with since when. Two index lookups per source
 * (the latest check, the latest good check) and one for the streak's start, whatever the history's length.
 */
export async function listFailingSources(db: Db): Promise<FailingSource[]> {
  const rows = await db.$queryRaw<{ id: string; name: string; outcome: FailingSource["outcome"]; error: string | null; since: Date }[]>`
    WITH latest AS (
      SELECT s.id, s.name, last.outcome, last.error, last.started_at
      FROM sources s
      CROSS JOIN LATERAL (
        SELECT outcome, error, started_at FROM checks WHERE source_id = s.id ORDER BY started_at DESC LIMIT 1
      ) last
      WHERE last.outcome IN ('failed', 'blocked')
    )
    SELECT latest.id::text, latest.name, latest.outcome::text AS outcome, latest.error,
      (SELECT min(c.started_at) FROM checks c
        WHERE c.source_id = latest.id
          AND c.started_at > COALESCE((
            SELECT g.started_at FROM checks g
            WHERE g.source_id = latest.id AND g.outcome IN ('changed', 'unchanged')
            ORDER BY g.started_at DESC LIMIT 1), '-infinity'::timestamptz)) AS since
    FROM latest
    ORDER BY since ASC, latest.name ASC`;
  return rows;
}
