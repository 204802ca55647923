// The job queue: pg-boss on the same Postgres, so any number of workers on any machines share it
// (jobs are fetched with SELECT ... FOR UPDATE SKIP LOCKED). Jobs are data (jobs/*-job.ts): a name,
// a payload schema, a retry policy; this module only creates their queues, sends and works them.
import PgBoss from "pg-boss";
import { checkSourceJob, type CheckSourcePayload } from "../jobs/check-source-job";
import { collectDiscordJob } from "../jobs/collect-discord-job";
import { collectRepoJob, collectReposJob } from "../jobs/collect-repo-job";

export interface JobDefinition {
  name: string;
  retry: { retryLimit: number; retryDelay: number; retryBackoff: boolean };
  expireInSeconds: number;
}

export interface Attempt {
  retryCount: number;
  retryLimit: number;
}

const JOBS: readonly JobDefinition[] = [checkSourceJob, collectRepoJob, collectReposJob, collectDiscordJob];

export interface Queue {
  start(): Promise<void>;
  /** Stops taking jobs; with graceful, waits for running handlers to finish. */
  stop(options?: { graceful?: boolean; timeoutMs?: number }): Promise<void>;
  send(job: JobDefinition, data: object, options?: { singletonKey?: string }): Promise<string | null>;
  enqueueCheck(payload: CheckSourcePayload): Promise<string | null>;
  /** Runs `concurrency` pollers for a job, each taking one job at a time. */
  work(job: JobDefinition, concurrency: number, handle: (data: unknown, attempt: Attempt) => Promise<unknown>): Promise<void>;
}

export function createQueue(options: { databaseUrl: string; retryDelaySeconds?: number; log?: (line: string) => void }): Queue {
  const boss = new PgBoss({ connectionString: options.databaseUrl, schema: "pgboss", max: 6 });
  boss.on("error", (error) => options.log?.(`queue: ${error instanceof Error ? error.message : String(error)}`));
  // One knob for tests and operators: the first retry delay of every job that retries.
  const retryOf = (job: JobDefinition) => ({ ...job.retry, retryDelay: options.retryDelaySeconds ?? job.retry.retryDelay });
  const send: Queue["send"] = (job, data, sendOptions = {}) =>
    boss.send(job.name, data, { ...retryOf(job), expireInSeconds: job.expireInSeconds, ...sendOptions });

  return {
    async start() {
      await boss.start();
      for (const job of JOBS) await boss.createQueue(job.name, { name: job.name, ...retryOf(job), expireInSeconds: job.expireInSeconds });
    },
    async stop(stopOptions = {}) {
      await boss.stop({ graceful: stopOptions.graceful ?? true, wait: true, timeout: stopOptions.timeoutMs ?? 30_000 });
    },
    send,
    enqueueCheck: (payload) => send(checkSourceJob, payload, { singletonKey: `${payload.sourceId}@${payload.slotAt ?? "now"}` }),
    async work(job, concurrency, handle) {
      for (let i = 0; i < concurrency; i++) {
        await boss.work(job.name, { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true }, async (jobs) => {
          for (const item of jobs) await handle(item.data, { retryCount: item.retryCount, retryLimit: item.retryLimit });
        });
      }
    },
  };
}
