import type { Db } from "../create-db-client";
import { toSourceData } from "./create-source";
import type { SourceInput } from "./types";

/** Rows per INSERT: a few hundred kilobytes of parameters, far below what Postgres takes in one statement. */
const BATCH = 2000;

/**
 * Imports a watch list: new (kind, url) pairs are added, known ones updated; returns the counts.
 * Set-based statements in batches, all in one transaction, so a list of 100,000 entries is seconds of
 * work and a failure stores none of it. An entry listed twice counts once; the later one wins.
 */
export async function upsertSources(db: Db, inputs: SourceInput[]): Promise<{ added: number; updated: number }> {
  const unique = new Map<string, ReturnType<typeof toSourceData>>();
  for (const input of inputs) {
    const data = toSourceData(input);
    const key = `${data.kind} ${data.url}`;
    unique.delete(key);
    unique.set(key, data);
  }
  const rows = [...unique.values()];
  let added = 0;
  await db.$transaction(
    async (tx) => {
      for (let i = 0; i < rows.length; i += BATCH) {
        const batch = rows.slice(i, i + BATCH);
        // xmax = 0 only on a row this statement inserted (an updated row carries the updating transaction's id).
        const result = await tx.$queryRaw<{ inserted: bigint }[]>`
          WITH written AS (
            INSERT INTO sources (id, kind, name, url, provider, fetch_mode, selector, ignore_patterns, schedule, enabled, updated_at)
            SELECT gen_random_uuid(), s.kind::source_kind, s.name, s.url, s.provider, s.fetch_mode::fetch_mode, s.selector,
                   ARRAY(SELECT jsonb_array_elements_text(s.ignore_patterns)), s.schedule, s.enabled, now()
            FROM unnest(${batch.map((r) => r.kind)}::text[], ${batch.map((r) => r.name)}::text[], ${batch.map((r) => r.url)}::text[],
                        ${batch.map((r) => r.provider)}::text[], ${batch.map((r) => r.fetchMode)}::text[], ${batch.map((r) => r.selector)}::text[],
                        ${batch.map((r) => JSON.stringify(r.ignorePatterns))}::jsonb[], ${batch.map((r) => r.schedule)}::text[],
                        ${batch.map((r) => r.enabled)}::boolean[])
              AS s(kind, name, url, provider, fetch_mode, selector, ignore_patterns, schedule, enabled)
            ON CONFLICT (kind, url) DO UPDATE SET
              name = EXCLUDED.name, provider = EXCLUDED.provider, fetch_mode = EXCLUDED.fetch_mode, selector = EXCLUDED.selector,
              ignore_patterns = EXCLUDED.ignore_patterns, schedule = EXCLUDED.schedule, enabled = EXCLUDED.enabled, updated_at = now()
            RETURNING (xmax = 0) AS inserted
          )
          SELECT count(*) FILTER (WHERE inserted) AS inserted FROM written`;
        added += Number(result[0]?.inserted ?? 0);
      }
    },
    // The transaction's time limit grows with the list (Prisma's default is 5 s for any size).
    { maxWait: 10_000, timeout: 30_000 + rows.length * 5 },
  );
  return { added, updated: rows.length - added };
}
