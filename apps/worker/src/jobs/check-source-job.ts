// The check-source job's handler, beside its definition (name, payload, retry policy) from @ratecard/queue.
import { findSource } from "@ratecard/db";
import { checkSourceJob as definition, type SourceSlotPayload } from "@ratecard/queue";
import { checkSource, type CheckDeps } from "./check-source";

export const checkSourceJob = {
  ...definition,

  async handle(deps: CheckDeps, data: unknown, attempt: { retryCount: number; retryLimit: number }): Promise<{ outcome: string; checkId?: string }> {
    const { sourceId, slotAt } = checkSourceJob.payload.parse(data);
    const source = await findSource(deps.db, sourceId);
    if (!source || !source.enabled) return { outcome: "skipped" };
    const summary = await checkSource(deps, source, {
      slotAt: slotAt ? new Date(slotAt) : null,
      retryLater: attempt.retryCount < attempt.retryLimit,
    });
    return { outcome: summary.check.outcome, checkId: summary.check.id };
  },
};

export type CheckSourcePayload = SourceSlotPayload;
