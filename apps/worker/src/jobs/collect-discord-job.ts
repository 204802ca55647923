// The collect-discord job's handler, beside its definition (name, payload, retry policy) from @ratecard/queue.
import { findSource } from "@ratecard/db";
import { collectDiscordJob as definition, type SourceSlotPayload } from "@ratecard/queue";
import { collectDiscord, type CollectDiscordDeps } from "./collect-discord";

export const collectDiscordJob = {
  ...definition,

  /** A retryable failure is thrown (pg-boss retries it) and recorded only by the last attempt: one check per slot. */
  async handle(deps: CollectDiscordDeps, data: unknown, attempt?: { retryCount: number; retryLimit: number }): Promise<{ outcome: string; checkId?: string }> {
    const { sourceId, slotAt } = collectDiscordJob.payload.parse(data);
    const source = await findSource(deps.db, sourceId);
    if (!source || !source.enabled) return { outcome: "skipped" };
    const summary = await collectDiscord(deps, source, { slotAt: slotAt ? new Date(slotAt) : null, retryLater: attempt ? attempt.retryCount < attempt.retryLimit : false });
    if (summary.retryable) throw new Error(summary.check.error ?? "collection failed");
    return { outcome: summary.check.outcome, checkId: summary.check.id };
  },
};

export type CollectDiscordPayload = SourceSlotPayload;
