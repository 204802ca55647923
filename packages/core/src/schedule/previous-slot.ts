import { compileSchedule } from "./compile-schedule";

const MINUTE_MS = 60_000;

/** The latest scheduled time at or before `now`; a check due at that slot has its singleton key from it. */
export function previousSlot(expression: string, now: Date, timeZone = "UTC"): Date {
  const minute = Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS;
  // cron-parser's prev() is strictly before its reference; one second past the minute makes the minute itself count.
  const cron = compileSchedule(expression, new Date(minute + 1000), timeZone);
  return cron.prev().toDate();
}
