import type { Db } from "../create-db-client";
import type { Prisma } from "../generated/prisma/client";
import type { MetricSampleInput } from "./types";

type Tx = Db | Prisma.TransactionClient;

const CHUNK = 5000;

/**
 * Upserts samples on (source, metric, at) in set-based statements (a first star history is thousands
 * of days): a collection that is retried, or a day recounted, replaces its earlier value.
 */
export async function writeMetricSamples(db: Tx, sourceId: string, samples: readonly MetricSampleInput[]): Promise<number> {
  let written = 0;
  for (let i = 0; i < samples.length; i += CHUNK) {
    const chunk = samples.slice(i, i + CHUNK);
    written += await db.$executeRaw`
      INSERT INTO metric_samples (id, source_id, metric, value, at, estimated, meta)
      SELECT gen_random_uuid(), ${sourceId}::uuid, s.metric, s.value, s.at, s.estimated, s.meta
      FROM unnest(${chunk.map((s) => s.metric)}::text[], ${chunk.map((s) => s.value)}::float8[], ${chunk.map((s) => s.at)}::timestamptz[],
                  ${chunk.map((s) => s.estimated ?? false)}::boolean[], ${chunk.map((s) => (s.meta == null ? null : JSON.stringify(s.meta)))}::jsonb[])
        AS s(metric, value, at, estimated, meta)
      ON CONFLICT (source_id, metric, at) DO UPDATE SET value = EXCLUDED.value, estimated = EXCLUDED.estimated, meta = EXCLUDED.meta`;
  }
  return written;
}
