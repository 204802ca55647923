// The dashboard's side of the queue: send a job and read its state, nothing else. pg-boss starts with
// its supervisor, cron timekeeper and migrations off, so a web process never maintains or changes the
// queue's tables; the workers own them (and create them on their first start).
import PgBoss from "pg-boss";
import type { JobDefinition, JobOutcome } from "./job-definition";
import { QUEUE_SCHEMA } from "./queue-schema";
import { sendOptions } from "./send-options";

export interface JobStatus {
  id: string;
  state: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
  data: unknown;
  output: Partial<JobOutcome> & { message?: string };
  createdOn: Date;
  startedOn: Date | null;
  completedOn: Date | null;
}

export interface JobSender {
  /** Enqueues a job; its id. Throws QueueNotReadyError when no worker has ever set the queue up. */
  send<P>(job: JobDefinition<P>, data: P): Promise<string>;
  /** A job's state and output, also after pg-boss archived it; null when unknown. */
  getJob(job: JobDefinition, id: string): Promise<JobStatus | null>;
  stop(): Promise<void>;
}

export class QueueNotReadyError extends Error {}

export function createJobSender(options: { databaseUrl: string; log?: (line: string) => void }): JobSender {
  let started: Promise<PgBoss> | null = null;
  const boss = (): Promise<PgBoss> => {
    started ??= (async () => {
      const instance = new PgBoss({
        connectionString: options.databaseUrl,
        schema: QUEUE_SCHEMA,
        max: 2,
        supervise: false,
        schedule: false,
        migrate: false,
      });
      instance.on("error", (error) => options.log?.(`queue: ${error instanceof Error ? error.message : String(error)}`));
      try {
        return await instance.start();
      } catch (error) {
        started = null;
        await instance.stop({ graceful: false, wait: false }).catch(() => {});
        const why = error instanceof Error ? error.message : String(error);
        throw new QueueNotReadyError(
          /not installed|requires migrations/.test(why)
            ? "the job queue is not set up on this database yet: start `ratecard worker` once (it creates the queue), then try again"
            : `the job queue cannot be reached: ${why}`,
        );
      }
    })();
    return started;
  };

  return {
    async send(job, data) {
      const id = await (await boss()).send(job.name, job.payload.parse(data) as object, sendOptions(job));
      if (!id) throw new Error(`the queue refused the ${job.name} job`);
      return id;
    },
    async getJob(job, id) {
      const found = await (await boss()).getJobById<unknown>(job.name, id, { includeArchive: true });
      if (!found) return null;
      return {
        id: found.id,
        state: found.state,
        data: found.data,
        output: (found.output ?? {}) as JobStatus["output"],
        createdOn: found.createdOn,
        startedOn: found.startedOn ?? null,
        completedOn: found.completedOn ?? null,
      };
    },
    async stop() {
      const running = started;
      started = null;
      if (running) await (await running.catch(() => null))?.stop({ graceful: false, wait: true });
    },
  };
}
