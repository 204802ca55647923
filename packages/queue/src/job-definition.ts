import type { z } from "zod";

/** A job as data (trigger.dev's habit): its queue name, payload schema, retry policy and time limit. */
export interface JobDefinition<Payload = unknown> {
  name: string;
  payload: z.ZodType<Payload>;
  retry: { retryLimit: number; retryDelay: number; retryBackoff: boolean };
  expireInSeconds: number;
}

/** What a handler returns; pg-boss keeps it as the job's output, so the dashboard can find the check row. */
export interface JobOutcome {
  outcome: string;
  checkId?: string;
}
