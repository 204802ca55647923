// Starts and stops a worker: the job handlers and the scheduler over one queue.
import { createAlertSender } from "./alerts/create-alert-sender";
import { createAlertTransports } from "./alerts/create-alert-transports";
import { createDiscordClient } from "./collect/create-discord-client";
import { createGithubClient } from "./collect/create-github-client";
import { createFetcher } from "./fetch/create-fetcher";
import { checkSourceJob } from "./jobs/check-source-job";
import { collectDiscordJob } from "./jobs/collect-discord-job";
import { collectRepoJob, collectReposJob } from "./jobs/collect-repo-job";
import { createQueue, isConnectionError, type Attempt, type JobDefinition, type JobOutcome } from "@ratecard/queue";
import { errorLine } from "./error-line";
import { installFaultHandlers } from "./fault-handlers";
import { createOutageLog } from "./outage-log";
import type { Runtime } from "./runtime";
import { createScheduler } from "./scheduler/create-scheduler";

export interface Worker {
  stop(): Promise<void>;
}

/** A rate-limit wait longer than this stops a collection (progress is saved) instead of blocking shutdown. */
const MAX_RATE_LIMIT_WAIT_MS = 50_000;

/**
 * A check's time limit: an HTTP fetch and a browser fetch, each within the fetch time-out, plus room to
 * store the result. Past it the job's worker is taken for dead and the check is retried (150 s by default).
 */
export function checkExpireSeconds(fetchTimeoutMs: number): number {
  return Math.ceil(fetchTimeoutMs / 1000) * 4 + 30;
}

export async function startWorker(runtime: Runtime, options: { log: (line: string) => void; schedule?: boolean }): Promise<Worker> {
  const { env, db, databaseUrl } = runtime;
  const now = () => new Date();
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  const fetcher = createFetcher(env);
  const github = createGithubClient({ apiUrl: env.GITHUB_API_URL, token: env.GITHUB_TOKEN, timeoutMs: env.RATECARD_FETCH_TIMEOUT_MS });
  const discord = createDiscordClient({ apiUrl: env.DISCORD_API_URL, timeoutMs: env.RATECARD_FETCH_TIMEOUT_MS });
  // While PostgreSQL is down every part fails at once: one line for the outage, one for the recovery.
  const outage = createOutageLog({ log: options.log, probe: () => db.$queryRaw`SELECT 1` });
  const removeFaultHandlers = installFaultHandlers(outage.report);
  const queue = createQueue({
    databaseUrl,
    retryDelaySeconds: env.RATECARD_RETRY_DELAY_SECONDS,
    expireInSeconds: { [checkSourceJob.name]: checkExpireSeconds(env.RATECARD_FETCH_TIMEOUT_MS) },
    onError: (error) => outage.report(error, "queue"),
  });
  await queue.start();

  const work = <P>(job: JobDefinition<P>, concurrency: number, handle: (data: unknown, attempt: Attempt) => Promise<JobOutcome>) =>
    queue.work(job, concurrency, async (data, attempt) => {
      const label = `${job.name} ${String((data as { sourceId?: unknown }).sourceId ?? "batch").slice(0, 8)}`;
      try {
        const result = await handle(data, attempt);
        options.log(`${label}: ${result.outcome}`);
        return result;
      } catch (error) {
        // Not recorded yet: pg-boss retries the job with back-off, and the last attempt records the outcome.
        // A lost database connection is the outage's one line; the job is retried once it is back.
        if (isConnectionError(error)) outage.report(error, label);
        else options.log(`${label}: ${errorLine(error)}; will retry`);
        throw error;
      }
    });
  const collectDeps = { db, github, now, sleep, maxWaitMs: MAX_RATE_LIMIT_WAIT_MS };
  await work(checkSourceJob, env.RATECARD_WORKER_CONCURRENCY, (data, attempt) => checkSourceJob.handle({ db, fetcher, now }, data, attempt));
  // GitHub asks for one request at a time per token: one collector.
  await work(collectReposJob, 1, (data) => collectReposJob.handle(collectDeps, data));
  await work(collectRepoJob, 1, (data, attempt) => collectRepoJob.handle(collectDeps, data, attempt));
  await work(collectDiscordJob, 2, (data, attempt) => collectDiscordJob.handle({ db, discord, now }, data, attempt));

  // Alerts leave through the outbox: any worker may send, a lease keeps two from sending one row.
  const alertTransports = createAlertTransports({ smtpUrl: env.SMTP_URL, from: env.ALERT_FROM, allowPrivateHosts: env.RATECARD_ALLOW_PRIVATE_HOSTS });
  const alertSender = createAlertSender({ db, transport: alertTransports, now, log: options.log, onError: outage.report, baseUrl: env.RATECARD_PUBLIC_URL });
  await alertSender.start();

  const scheduler = createScheduler({ db, queue, now, log: options.log, onError: outage.report, tick: env.RATECARD_SCHEDULER_TICK });
  if (options.schedule ?? true) await scheduler.start();

  let stopping: Promise<void> | null = null;
  return {
    stop() {
      // SIGTERM: no new slots, no new jobs; running jobs finish before the queue closes.
      stopping ??= (async () => {
        await scheduler.stop();
        await alertSender.stop();
        await queue.stop({ graceful: true, timeoutMs: 60_000 });
        await Promise.all([fetcher.stop(), alertTransports.close()]);
        outage.stop();
        removeFaultHandlers();
      })();
      return stopping;
    },
  };
}
