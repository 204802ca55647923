// The job queue: pg-boss on the same Postgres, so any number of workers on any machines share it
// (jobs are fetched with SELECT ... FOR UPDATE SKIP LOCKED). Jobs are data (jobs/*-job.ts): a name,
// a payload schema, a retry policy; this module only creates their queues, sends and works them.
import PgBoss from "pg-boss";
import type { JobDefinition, JobOutcome } from "./job-definition";
import { ALL_JOBS } from "./jobs/all-jobs";
import { checkSourceJob } from "./jobs/check-source-job";
import type { SourceSlotPayload } from "./jobs/source-slot-payload";
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

export function createQueue(options: { databaseUrl: string; retryDelaySeconds?: number; log?: (line: string) => void }): Queue {
  const boss = new PgBoss({ connectionString: options.databaseUrl, schema: QUEUE_SCHEMA, max: 6 });
  boss.on("error", (error) => options.log?.(`queue: ${error instanceof Error ? error.message : String(error)}`));
  // One knob for tests and operators: the first retry delay of every job that retries.
  const send: Queue["send"] = (job, data, extra = {}) => boss.send(job.name, data as object, { ...sendOptions(job, options.retryDelaySeconds), ...extra });

  return {
    async start() {
      await boss.start();
      for (const job of ALL_JOBS) {
        await retryOnDeadlock(() => boss.createQueue(job.name, { ...sendOptions(job, options.retryDelaySeconds), name: job.name }));
      }
    },
    async stop(stopOptions = {}) {
      await boss.stop({ graceful: stopOptions.graceful ?? true, wait: true, timeout: stopOptions.timeoutMs ?? 30_000 });
    },
    send,
    enqueueCheck: (payload) => send(checkSourceJob, payload, { singletonKey: `${payload.sourceId}@${payload.slotAt ?? "now"}` }),
    async work(job, concurrency, handle) {
      for (let i = 0; i < concurrency; i++) {
        await boss.work(job.name, { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true }, async ([item]) =>
          item ? handle(item.data, { retryCount: item.retryCount, retryLimit: item.retryLimit }) : undefined,
        );
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
