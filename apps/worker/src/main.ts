// Starts and stops a worker: the job handlers and the scheduler over one queue.
import { createFetcher } from "./fetch/create-fetcher";
import { checkSourceJob } from "./jobs/check-source-job";
import { createQueue } from "./queue/create-queue";
import type { Runtime } from "./runtime";
import { createScheduler } from "./scheduler/create-scheduler";

export interface Worker {
  stop(): Promise<void>;
}

export async function startWorker(runtime: Runtime, options: { log: (line: string) => void; schedule?: boolean }): Promise<Worker> {
  const { env, db, databaseUrl } = runtime;
  const now = () => new Date();
  const fetcher = createFetcher(env);
  const queue = createQueue({ databaseUrl, retryDelaySeconds: env.RATECARD_RETRY_DELAY_SECONDS, log: options.log });
  await queue.start();
  const deps = { db, fetcher, now };
  await queue.workChecks(env.RATECARD_WORKER_CONCURRENCY, async (data, attempt) => {
    const label = `check ${String((data as { sourceId?: unknown }).sourceId).slice(0, 8)}`;
    try {
      const result = await checkSourceJob.handle(deps, data, attempt);
      options.log(`${label}: ${result.outcome}`);
    } catch (error) {
      // Not recorded yet: pg-boss retries the job with back-off, and the last attempt records the outcome.
      options.log(`${label}: ${error instanceof Error ? error.message : String(error)}; will retry`);
      throw error;
    }
  });
  const scheduler = createScheduler({ db, queue, now, log: options.log });
  if (options.schedule ?? true) await scheduler.start();

  let stopping: Promise<void> | null = null;
  return {
    stop() {
      // SIGTERM: no new slots, no new jobs; running checks finish before the queue closes.
      stopping ??= (async () => {
        await scheduler.stop();
        await queue.stop({ graceful: true, timeoutMs: 60_000 });
        await fetcher.stop();
      })();
      return stopping;
    },
  };
}
