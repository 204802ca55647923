import type { Db } from "../create-db-client";
import type { Prisma } from "../generated/prisma/client";
import type { MetricSampleInput } from "./types";
import { writeMetricSamples } from "./write-metric-samples";

/**
 * Stores samples together with the collector state that says how far they reach (one transaction),
 * so an interrupted collection resumes exactly where its last saved samples end.
 */
export async function saveMetricProgress(
  db: Db,
  input: { sourceId: string; samples: readonly MetricSampleInput[]; state?: Prisma.InputJsonValue },
): Promise<void> {
  await db.$transaction(async (tx) => {
    if (input.samples.length > 0) await writeMetricSamples(tx, input.sourceId, input.samples);
    if (input.state !== undefined) await tx.source.update({ where: { id: input.sourceId }, data: { state: input.state } });
  }, { timeout: 60_000 });
}
