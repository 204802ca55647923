import type { JobDefinition } from "../job-definition";
import { sourceSlotPayload, type SourceSlotPayload } from "./source-slot-payload";

/** Fetches a page or registry and records the check. */
export const checkSourceJob: JobDefinition<SourceSlotPayload> = {
  name: "check-source",
  payload: sourceSlotPayload,
  /**
   * Only time-outs, network errors and 5xx/429 are retried; a 404, a challenge or a refused address is
   * recorded at once. A retried failure is recorded once, by the last attempt, so one slot gives one check.
   */
  retry: { retryLimit: 2, retryDelay: 60, retryBackoff: true },
  /**
   * A check is bounded by its fetch time-outs (30 s by default), so a job still active after this long
   * belongs to a worker that died: it is retried. Workers set it from their own time-out (main.ts).
   */
  expireInSeconds: 5 * 60,
};
