// node-cron ticks every minute in every worker; the slot claim in Postgres makes the enqueue happen once.
import cron, { type ScheduledTask } from "node-cron";
import type { Db } from "@ratecard/db";
import type { Queue } from "../queue/create-queue";
import { enqueueDueChecks } from "./enqueue-due-checks";

export interface Scheduler {
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createScheduler(deps: { db: Db; queue: Queue; now: () => Date; log: (line: string) => void }): Scheduler {
  let task: ScheduledTask | null = null;
  const tick = async () => {
    try {
      const count = await enqueueDueChecks({ db: deps.db, queue: deps.queue, now: deps.now(), log: deps.log });
      if (count > 0) deps.log(`scheduler: enqueued ${count} check${count === 1 ? "" : "s"}`);
    } catch (error) {
      deps.log(`scheduler: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return {
    async start() {
      task = cron.schedule("* * * * *", tick, { name: "ratecard-scheduler", noOverlap: true });
      await tick();
    },
    async stop() {
      await task?.stop();
      task = null;
    },
  };
}
