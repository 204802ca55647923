// A cron expression in words ("On the hour, every 6 hours"), times in 24-hour UTC like the rest of the dashboard.
import cronstrue from "cronstrue";

export function describeSchedule(expression: string): string {
  return `${cronstrue.toString(expression, { use24HourTimeFormat: true, throwExceptionOnParseError: true })} (UTC)`;
}
