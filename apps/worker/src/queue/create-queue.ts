// The job queue: pg-boss on the same Postgres, so any number of workers on any machines share it
// (jobs are fetched with SELECT ... FOR UPDATE SKIP LOCKED).
import PgBoss from "pg-boss";
import { checkSourceJob, type CheckSourcePayload } from "../jobs/check-source-job";

export interface Queue {
  start(): Promise<void>;
  /** Stops taking jobs; with graceful, waits for running handlers to finish. */
  stop(options?: { graceful?: boolean; timeoutMs?: number }): Promise<void>;
  enqueueCheck(payload: CheckSourcePayload): Promise<string | null>;
  workChecks(concurrency: number, handle: (data: unknown, attempt: { retryCount: number; retryLimit: number }) => Promise<unknown>): Promise<void>;
}

export function createQueue(options: { databaseUrl: string; retryDelaySeconds?: number; log?: (line: string) => void }): Queue {
  const retry = { ...checkSourceJob.retry, retryDelay: options.retryDelaySeconds ?? checkSourceJob.retry.retryDelay };
  const boss = new PgBoss({ connectionString: options.databaseUrl, schema: "pgboss", max: 6 });
  boss.on("error", (error) => options.log?.(`queue: ${error instanceof Error ? error.message : String(error)}`));

  return {
    async start() {
      await boss.start();
      await boss.createQueue(checkSourceJob.name, {
        name: checkSourceJob.name,
        ...retry,
        expireInSeconds: checkSourceJob.expireInSeconds,
      });
    },
    async stop(stopOptions = {}) {
      await boss.stop({ graceful: stopOptions.graceful ?? true, wait: true, timeout: stopOptions.timeoutMs ?? 30_000 });
    },
    enqueueCheck(payload) {
      return boss.send(checkSourceJob.name, payload, {
        singletonKey: `${payload.sourceId}@${payload.slotAt ?? "now"}`,
        ...retry,
      });
    },
    async workChecks(concurrency, handle) {
      // One poller per unit of concurrency, each taking one job at a time.
      for (let i = 0; i < concurrency; i++) {
        await boss.work(checkSourceJob.name, { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true }, async (jobs) => {
          for (const job of jobs) await handle(job.data, { retryCount: job.retryCount, retryLimit: job.retryLimit });
        });
      }
    },
  };
}
