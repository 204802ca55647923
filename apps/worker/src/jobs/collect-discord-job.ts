// The collect-discord job as data: its queue name, payload schema, retry policy and handler.
import { findSource } from "@ratecard/db";
import { z } from "zod";
import { collectDiscord, type CollectDiscordDeps } from "./collect-discord";

export const collectDiscordJob = {
  name: "collect-discord",
  payload: z.object({ sourceId: z.string().uuid(), slotAt: z.string().datetime().nullable() }),
  /** An invalid invite is recorded and not retried; 429, 5xx and network failures are. */
  retry: { retryLimit: 2, retryDelay: 60, retryBackoff: true },
  expireInSeconds: 5 * 60,

  /** A retryable failure is thrown (pg-boss retries it) and recorded only by the last attempt: one check per slot. */
  async handle(deps: CollectDiscordDeps, data: unknown, attempt?: { retryCount: number; retryLimit: number }): Promise<{ outcome: string }> {
    const { sourceId, slotAt } = collectDiscordJob.payload.parse(data);
    const source = await findSource(deps.db, sourceId);
    if (!source || !source.enabled) return { outcome: "skipped" };
    const summary = await collectDiscord(deps, source, { slotAt: slotAt ? new Date(slotAt) : null, retryLater: attempt ? attempt.retryCount < attempt.retryLimit : false });
    if (summary.retryable) throw new Error(summary.check.error ?? "collection failed");
    return { outcome: summary.check.outcome };
  },
};

export type CollectDiscordPayload = z.infer<typeof collectDiscordJob.payload>;
