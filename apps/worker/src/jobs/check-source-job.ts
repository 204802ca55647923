// The check-source job as data: its queue name, payload schema, retry policy and handler.
import { findSource } from "@ratecard/db";
import { z } from "zod";
import { checkSource, type CheckDeps } from "./check-source";

export const checkSourceJob = {
  name: "check-source",
  payload: z.object({ sourceId: z.string().uuid(), slotAt: z.string().datetime().nullable() }),
  /**
   * Only time-outs, network errors and 5xx/429 are retried; a 404, a challenge or a refused address is
   * recorded at once. A retried failure is recorded once, by the last attempt, so one slot gives one check.
   */
  retry: { retryLimit: 2, retryDelay: 60, retryBackoff: true },
  expireInSeconds: 15 * 60,

  async handle(deps: CheckDeps, data: unknown, attempt: { retryCount: number; retryLimit: number }): Promise<{ outcome: string }> {
    const { sourceId, slotAt } = checkSourceJob.payload.parse(data);
    const source = await findSource(deps.db, sourceId);
    if (!source || !source.enabled) return { outcome: "skipped" };
    const summary = await checkSource(deps, source, {
      slotAt: slotAt ? new Date(slotAt) : null,
      retryLater: attempt.retryCount < attempt.retryLimit,
    });
    return { outcome: summary.check.outcome };
  },
};

export type CheckSourcePayload = z.infer<typeof checkSourceJob.payload>;
