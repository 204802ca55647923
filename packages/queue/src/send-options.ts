import type PgBoss from "pg-boss";
import type { JobDefinition } from "./job-definition";

/** The pg-boss options a job is created with: its retry policy (optionally a different first delay) and time limit (optionally another). */
export function sendOptions(job: JobDefinition, retryDelaySeconds?: number, expireInSeconds?: number): PgBoss.SendOptions {
  return { ...job.retry, retryDelay: retryDelaySeconds ?? job.retry.retryDelay, expireInSeconds: expireInSeconds ?? job.expireInSeconds };
}
