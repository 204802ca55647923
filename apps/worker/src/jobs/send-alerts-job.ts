// The send-alerts job as data. It runs in the alert sender's loop (every few seconds, in every worker)
// rather than on pg-boss: the outbox is its own queue, with leases and per-row back-off.
import { z } from "zod";
import { sendAlerts, type SendAlertsDeps, type SendAlertsResult } from "./send-alerts";

export const sendAlertsJob = {
  name: "send-alerts",
  payload: z.object({ limit: z.number().int().min(1).max(1000).optional(), deliveryId: z.string().uuid().optional() }),
  /** Retries are per outbox row: 30 s, 1 min, 2 min … capped at 1 h, for up to 3 days, then failed. */
  retry: { perRow: true, maxAgeMs: 3 * 24 * 3_600_000 },
  pollIntervalMs: 5_000,

  handle(deps: SendAlertsDeps, data: unknown): Promise<SendAlertsResult> {
    const { limit, deliveryId } = sendAlertsJob.payload.parse(data ?? {});
    return sendAlerts(deps, { ...(limit ? { limit } : {}), ...(deliveryId ? { id: deliveryId } : {}) });
  },
};

export type SendAlertsPayload = z.infer<typeof sendAlertsJob.payload>;
