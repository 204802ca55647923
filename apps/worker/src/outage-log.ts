// One line for a database outage instead of one per failed poll: while PostgreSQL is unreachable every
// part of a worker fails (each pg-boss poller every second, the scheduler each minute, the alert
// sender), so the first connection error is logged, the rest are quiet, and a probe logs the recovery.
import { isConnectionError } from "@ratecard/queue";
import { errorLine } from "./error-line";

export interface OutageLog {
  /** Logs an error with its context, or (a connection error) the outage's first line only. */
  report(error: unknown, context: string): void;
  stop(): void;
}

export function createOutageLog(options: { log: (line: string) => void; probe: () => Promise<unknown>; probeMs?: number; now?: () => number }): OutageLog {
  const now = options.now ?? Date.now;
  let downSince: number | null = null;
  let timer: NodeJS.Timeout | null = null;
  const watch = () => {
    timer = setTimeout(async () => {
      try {
        await options.probe();
        options.log(`database reachable again after ${Math.round((now() - (downSince ?? now())) / 1000)} s: resuming`);
        downSince = null;
        timer = null;
      } catch {
        watch();
      }
    }, options.probeMs ?? 1000);
  };
  return {
    report(error, context) {
      if (!isConnectionError(error)) {
        options.log(`${context}: ${errorLine(error)}`);
        return;
      }
      if (downSince !== null) return;
      downSince = now();
      options.log(`database unreachable (${errorLine(error)}): jobs and schedules wait until it is back`);
      watch();
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
