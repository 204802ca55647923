import { compileSchedule } from "./compile-schedule";

/** The next `count` scheduled times strictly after `from`. */
export function nextRuns(expression: string, from: Date, count: number, timeZone = "UTC"): Date[] {
  const cron = compileSchedule(expression, from, timeZone);
  const runs: Date[] = [];
  for (let i = 0; i < count; i++) runs.push(cron.next().toDate());
  return runs;
}
