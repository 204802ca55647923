import type { Db } from "../create-db-client";
import type { Check, Prisma } from "../generated/prisma/client";
import type { MetricSampleInput } from "./types";
import { writeMetricSamples } from "./write-metric-samples";

/**
 * A successful API collection (GitHub, Discord): its samples, the collector state and a "changed"
 * check (engine api) in one transaction, so the dashboard and failure alerts see collection health
 * like any other check. Failures go through recordCheckResult with a failed result.
 */
export async function recordCollection(
  db: Db,
  input: {
    sourceId: string;
    startedAt: Date;
    finishedAt: Date;
    slotAt?: Date | null;
    httpStatus?: number | null;
    finalUrl?: string | null;
    samples: readonly MetricSampleInput[];
    state?: Prisma.InputJsonValue;
  },
): Promise<Check> {
  return db.$transaction(async (tx) => {
    if (input.samples.length > 0) await writeMetricSamples(tx, input.sourceId, input.samples);
    if (input.state !== undefined) await tx.source.update({ where: { id: input.sourceId }, data: { state: input.state } });
    return tx.check.create({
      data: {
        sourceId: input.sourceId,
        startedAt: input.startedAt,
        finishedAt: input.finishedAt,
        durationMs: Math.max(0, input.finishedAt.getTime() - input.startedAt.getTime()),
        outcome: "changed",
        engine: "api",
        httpStatus: input.httpStatus ?? null,
        finalUrl: input.finalUrl ?? null,
        slotAt: input.slotAt ?? null,
      },
    });
  }, { timeout: 60_000 });
}
