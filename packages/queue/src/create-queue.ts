// The job queue: pg-boss on the same Postgres, so any number of workers on any machines share it
// (jobs are fetched with SELECT ... FOR UPDATE SKIP LOCKED). Jobs are data (jobs/*-job.ts): a name,
// a payload schema, a retry policy; this module only creates their queues, sends and works them.
import PgBoss from "pg-boss";
import type { JobDefinition, JobOutcome } from "./job-definition";
import { ALL_JOBS } from "./jobs/all-jobs";
import { checkSourceJob } from "./jobs/check-source-job";
import type { SourceSlotPayload } from "./jobs/source-slot-payload";
import { isConnectionError } from "./is-connection-error";
import { QUEUE_SCHEMA } from "./queue-schema";
import { sendOptions } from "./send-options";

export interface Attempt {
  retryCount: number;
  retryLimit: number;
}

export interface Queue {
  start(): Promise<void>;
  /** Stops taking jobs; with graceful, waits for running handlers to finish. */
  stop(options?: { graceful?: boolean; timeoutMs?: number }): Promise<void>;
  send<P>(job: JobDefinition<P>, data: P, options?: { singletonKey?: string }): Promise<string | null>;
  enqueueCheck(payload: SourceSlotPayload): Promise<string | null>;
  /** Runs `concurrency` pollers for a job, each taking one job at a time; the handler's result is the job's output. */
  work<P>(job: JobDefinition<P>, concurrency: number, handle: (data: unknown, attempt: Attempt) => Promise<JobOutcome>): Promise<void>;
}

export interface QueueOptions {
  databaseUrl: string;
  retryDelaySeconds?: number;
  log?: (line: string) => void;
  /** pg-boss's errors (a failed poll, maintenance); default: logged. Polls fail every second while the database is down. */
  onError?: (error: unknown) => void;
  /**
   * Time limits by job name, instead of the definitions' (a worker knows its fetch time-out, so how long
   * a check can take). A job whose worker died (kill -9) is retried once its time limit has passed.
   */
  expireInSeconds?: Partial<Record<string, number>>;
  /** How long to wait between attempts to record a job's result while the database is unreachable. */
  settleRetryMs?: number;
}

export function createQueue(options: QueueOptions): Queue {
  // Maintenance (which expires the jobs of dead workers, so they are retried) every 15 s rather than 2 min.
  const boss = new PgBoss({ connectionString: options.databaseUrl, schema: QUEUE_SCHEMA, max: 6, maintenanceIntervalSeconds: 15 });
  const jobOptions = (job: JobDefinition) => sendOptions(job, options.retryDelaySeconds, options.expireInSeconds?.[job.name]);
  const onError = options.onError ?? ((error: unknown) => options.log?.(`queue: ${error instanceof Error ? error.message : String(error)}`));
  boss.on("error", onError);
  let stopped = false;
  /**
   * Records a job's result (complete or fail), retrying while the database is unreachable: pg-boss 10
   * calls complete()/fail() without awaiting them, so an outage would leave the job active until it
   * expires (and the rejection unhandled). Once this has settled the job, pg-boss's own call finds it no
   * longer active and changes nothing.
   */
  const settle = async (record: () => Promise<unknown>): Promise<void> => {
    for (;;) {
      try {
        await record();
        return;
      } catch (error) {
        if (!isConnectionError(error) || stopped) throw error;
        onError(error);
        await new Promise((resolve) => setTimeout(resolve, options.settleRetryMs ?? 1000));
      }
    }
  };
  // One knob for tests and operators: the first retry delay of every job that retries.
  const send: Queue["send"] = (job, data, extra = {}) => boss.send(job.name, data as object, { ...jobOptions(job), ...extra });

  return {
    async start() {
      await boss.start();
      for (const job of ALL_JOBS) {
        await retryOnDeadlock(() => boss.createQueue(job.name, { ...jobOptions(job), name: job.name }));
      }
    },
    async stop(stopOptions = {}) {
      // Past the graceful wait, a result that cannot be recorded is left to the job's expiry.
      setTimeout(() => (stopped = true), stopOptions.timeoutMs ?? 30_000).unref();
      await boss.stop({ graceful: stopOptions.graceful ?? true, wait: true, timeout: stopOptions.timeoutMs ?? 30_000 });
    },
    send,
    enqueueCheck: (payload) => send(checkSourceJob, payload, { singletonKey: `${payload.sourceId}@${payload.slotAt ?? "now"}` }),
    async work(job, concurrency, handle) {
      for (let i = 0; i < concurrency; i++) {
        await boss.work(job.name, { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true }, async ([item]) => {
          if (!item) return undefined;
          let result: JobOutcome;
          try {
            result = await handle(item.data, { retryCount: item.retryCount, retryLimit: item.retryLimit });
          } catch (error) {
            await settle(() => boss.fail(job.name, item.id, error as object));
            return undefined;
          }
          await settle(() => boss.complete(job.name, item.id, result as object));
          return result;
        });
      }
    },
  };
}

/** Workers starting together create the same queues at once; Postgres may pick one as a deadlock victim. */
async function retryOnDeadlock(create: () => Promise<void>, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      const deadlock = (error as { code?: string }).code === "40P01" || /deadlock detected/.test(String(error));
      if (!deadlock || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200 * attempt));
    }
  }
}
