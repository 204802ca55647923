// The GitHub collection jobs: "collect-repo" collects one repository; "collect-repos" many in GraphQL batches of 50.
import { z } from "zod";
import type { JobDefinition } from "../job-definition";
import { sourceSlotPayload, type SourceSlotPayload } from "./source-slot-payload";

export const collectRepoJob: JobDefinition<SourceSlotPayload> = {
  name: "collect-repo",
  payload: sourceSlotPayload,
  /** Only 5xx and network failures are retried; a rate limit resumes at the next slot from saved state. */
  retry: { retryLimit: 2, retryDelay: 60, retryBackoff: true },
  /** A first star history of a large repository is up to 400 pages, plus rate-limit waits of up to 5 minutes. */
  expireInSeconds: 30 * 60,
};

const collectReposPayload = z.object({ items: z.array(sourceSlotPayload).min(1).max(500) });

export const collectReposJob: JobDefinition<z.infer<typeof collectReposPayload>> = {
  name: "collect-repos",
  /** The sources this scheduler tick claimed, each with its own slot. */
  payload: collectReposPayload,
  /** Not retried as a whole: each repository's failure is its own check, and the next slot tries again. */
  retry: { retryLimit: 0, retryDelay: 60, retryBackoff: false },
  expireInSeconds: 60 * 60,
};
