// The check-source job as data: its queue name, payload schema, retry policy and handler.
import { findSource } from "@ratecard/db";
import { z } from "zod";
import { checkSource, type CheckDeps } from "./check-source";

export const checkSourceJob = {
  name: "check-source",
  payload: z.object({ sourceId: z.string().uuid(), slotAt: z.string().datetime().nullable() }),
  /** A failed check is recorded on every attempt; only time-outs, 5xx and crashes are retried. */
  retry: { retryLimit: 2, retryDelay: 60, retryBackoff: true },
  expireInSeconds: 15 * 60,

  async handle(deps: CheckDeps, data: unknown): Promise<{ outcome: string }> {
    const { sourceId, slotAt } = checkSourceJob.payload.parse(data);
    const source = await findSource(deps.db, sourceId);
    if (!source || !source.enabled) return { outcome: "skipped" };
    const summary = await checkSource(deps, source, { slotAt: slotAt ? new Date(slotAt) : null });
    if (summary.retryable) throw new Error(summary.check.error ?? "check failed");
    return { outcome: summary.check.outcome };
  },
};

export type CheckSourcePayload = z.infer<typeof checkSourceJob.payload>;
