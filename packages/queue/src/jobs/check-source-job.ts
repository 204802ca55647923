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
  expireInSeconds: 15 * 60,
};
