import { CronExpressionParser } from "cron-parser";
import type { CronExpression } from "cron-parser";
import { parseSchedule } from "./parse-schedule";

// Shared by previousSlot and nextRuns: validates with the user-facing messages before cron-parser sees it.
export function compileSchedule(expression: string, currentDate: Date, timeZone: string): CronExpression {
  const parsed = parseSchedule(expression);
  if (!parsed.ok) throw new Error(parsed.error);
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
  } catch {
    throw new Error(`time zone '${timeZone}' is not a known IANA time zone (for example 'UTC' or 'Europe/Paris')`);
  }
  if (Number.isNaN(currentDate.getTime())) throw new Error("the reference date is not a valid date");
  return CronExpressionParser.parse(parsed.expression, { currentDate, tz: timeZone });
}
