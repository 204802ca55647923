// The sender loop: drains the outbox every few seconds until stopped. Any number of senders, in any
// number of workers, share the outbox; claims are leased, so each row is with one sender at a time.
import type { Db } from "@ratecard/db";
import { sendAlertsJob } from "../jobs/send-alerts-job";
import type { SendAlertsResult } from "../jobs/send-alerts";
import type { AlertTransports } from "./deliver-alert";

export interface AlertSender {
  start(): Promise<void>;
  /** Stops polling and waits for the alert being sent (bounded by the transport's time-outs). */
  stop(): Promise<void>;
  /** One pass now (tests, `alerts test`). */
  runOnce(): Promise<SendAlertsResult>;
}

export interface AlertSenderOptions {
  db: Db;
  transport: AlertTransports;
  now: () => Date;
  log: (line: string) => void;
  /** A failed pass (e.g. the database is down); default: logged. */
  onError?: (error: unknown, context: string) => void;
  baseUrl?: string | null;
  pollMs?: number;
  leaseMs?: number;
  maxAgeMs?: number;
}

export function createAlertSender(options: AlertSenderOptions): AlertSender {
  const pollMs = options.pollMs ?? sendAlertsJob.pollIntervalMs;
  const deps = {
    db: options.db,
    transports: options.transport,
    now: options.now,
    log: options.log,
    baseUrl: options.baseUrl ?? null,
    ...(options.leaseMs ? { leaseMs: options.leaseMs } : {}),
    ...(options.maxAgeMs ? { maxAgeMs: options.maxAgeMs } : {}),
  };
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<SendAlertsResult> | null = null;
  let stopped = true;

  const runOnce = () => {
    running ??= sendAlertsJob.handle(deps, { limit: 50 }).finally(() => {
      running = null;
    });
    return running;
  };

  const loop = async () => {
    timer = null;
    let next = pollMs;
    try {
      const result = await runOnce();
      // A full pass means more rows may be due: go again at once.
      if (result.sent + result.retrying + result.failed >= 50) next = 0;
    } catch (error) {
      if (options.onError) options.onError(error, "alerts: sender pass failed");
      else options.log(`alerts: sender pass failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!stopped) timer = setTimeout(loop, next);
  };

  return {
    async start() {
      if (!stopped) return;
      stopped = false;
      if (!options.transport.email) options.log("alerts: SMTP_URL is not set: email alerts wait in the outbox until it is");
      timer = setTimeout(loop, 0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running?.catch(() => {});
    },
    runOnce,
  };
}
