// node-cron ticks (every minute by default) in every worker; the slot claim in Postgres makes the enqueue happen once,
// and the outbox's unique keys do the same for alerts.
import cron, { type ScheduledTask } from "node-cron";
import type { Db } from "@ratecard/db";
import type { Queue } from "@ratecard/queue";
import { enqueueAlerts } from "../alerts/enqueue-alerts";
import { enqueueDueChecks } from "./enqueue-due-checks";

export interface Scheduler {
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createScheduler(deps: {
  db: Db;
  queue: Queue;
  now: () => Date;
  log: (line: string) => void;
  /** The tick's cron expression; default every minute. */
  tick?: string;
  /** A failed tick (e.g. the database is down); default: logged. */
  onError?: (error: unknown, context: string) => void;
}): Scheduler {
  let task: ScheduledTask | null = null;
  const onError = deps.onError ?? ((error: unknown, context: string) => deps.log(`${context}: ${error instanceof Error ? error.message : String(error)}`));
  const tick = async () => {
    try {
      const count = await enqueueDueChecks({ db: deps.db, queue: deps.queue, now: deps.now(), log: deps.log });
      if (count > 0) deps.log(`scheduler: enqueued ${count} check${count === 1 ? "" : "s"}`);
    } catch (error) {
      onError(error, "scheduler");
    }
    // Separately, so a failed enqueue of checks does not hold back alerts (new events, failure
    // streaks, due digests, the weekly traction report); every step is idempotent across workers.
    try {
      const alerts = await enqueueAlerts({ db: deps.db, now: deps.now(), log: deps.log });
      if (alerts > 0) deps.log(`scheduler: queued ${alerts} alert${alerts === 1 ? "" : "s"}`);
    } catch (error) {
      onError(error, "scheduler: alerts");
    }
  };
  return {
    async start() {
      task = cron.schedule(deps.tick ?? "* * * * *", tick, { name: "ratecard-scheduler", noOverlap: true });
      await tick();
    },
    async stop() {
      await task?.stop();
      task = null;
    },
  };
}
