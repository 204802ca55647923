import type { JobDefinition } from "../job-definition";
import { sourceSlotPayload, type SourceSlotPayload } from "./source-slot-payload";

/** Reads a Discord invite's member counts. */
export const collectDiscordJob: JobDefinition<SourceSlotPayload> = {
  name: "collect-discord",
  payload: sourceSlotPayload,
  /** An invalid invite is recorded and not retried; 429, 5xx and network failures are. */
  retry: { retryLimit: 2, retryDelay: 60, retryBackoff: true },
  expireInSeconds: 5 * 60,
};
