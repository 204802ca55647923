// Validates a source's cron schedule with messages a user can act on.
import { CronExpressionParser } from "cron-parser";

export type ParseScheduleResult = { ok: true; expression: string } | { ok: false; error: string };

const SHORTHANDS = new Set(["@hourly", "@daily", "@weekly", "@monthly"]);

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: string[];
}

const FIELDS: FieldSpec[] = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day of month", min: 1, max: 31 },
  { name: "month", min: 1, max: 12, names: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] },
  { name: "day of week", min: 0, max: 7, names: ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] },
];

/** Far longer than any real schedule; a longer string is refused without being echoed or parsed. */
const MAX_LENGTH = 256;

export function parseSchedule(expression: string): ParseScheduleResult {
  if (expression.length > MAX_LENGTH) {
    return { ok: false, error: `cron expression is ${expression.length.toLocaleString("en-US")} characters long; the limit is ${MAX_LENGTH}` };
  }
  const fail = (what: string): ParseScheduleResult => ({ ok: false, error: `cron expression '${expression}' is invalid: ${what}` });
  const normalized = expression.trim().replace(/\s+/g, " ").toLowerCase();
  if (normalized === "") return fail("it is empty");
  if (normalized.startsWith("@")) {
    return SHORTHANDS.has(normalized)
      ? { ok: true, expression: normalized }
      : fail(`unknown shorthand, use one of ${[...SHORTHANDS].join(", ")}`);
  }
  const fields = normalized.split(" ");
  if (fields.length !== FIELDS.length) {
    const hint = fields.length === 6 ? " (schedules are per minute, so there is no seconds field)" : "";
    return fail(`expected 5 fields (minute hour day-of-month month day-of-week), got ${fields.length}${hint}`);
  }
  for (const [i, spec] of FIELDS.entries()) {
    const problem = checkField(fields[i]!, spec);
    if (problem !== null) return fail(problem);
  }
  // cron-parser has the last word: it also knows impossible dates such as 30 February.
  try {
    const parsed = CronExpressionParser.parse(normalized, { currentDate: new Date(Date.UTC(2000, 0, 1)), tz: "UTC" });
    parsed.next();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    // Our field checks ran first, so what is left is a day that never occurs, like 30 February.
    return fail(/loop limit|day of month/i.test(why) ? "it never matches a date (that day of month does not occur in the months given)" : why);
  }
  return { ok: true, expression: normalized };
}

function checkField(field: string, spec: FieldSpec): string | null {
  const range = `${spec.name} must be ${spec.min}-${spec.max}`;
  for (const item of field.split(",")) {
    const match = /^(\*|[a-z0-9]+(?:-[a-z0-9]+)?)(?:\/([0-9]+))?$/.exec(item);
    if (!match) return `${spec.name} '${item}' is not a number, range, list or step`;
    const [, base = "", step] = match;
    if (step !== undefined) {
      const n = Number(step);
      if (n === 0) return `${spec.name} step must be at least 1`;
      if (n > spec.max) return range;
    }
    if (base === "*") continue;
    const bounds = base.split("-").map((part) => toNumber(part, spec));
    for (const value of bounds) {
      if (value === null) return `${spec.name} '${item}' is not a number${spec.names ? " or name" : ""}`;
      if (value < spec.min || value > spec.max) return range;
    }
    const [low, high] = bounds as number[];
    if (high !== undefined && low! > high) return `${spec.name} range '${base}' goes backwards`;
  }
  return null;
}

function toNumber(part: string, spec: FieldSpec): number | null {
  if (/^[0-9]+$/.test(part)) return Number(part);
  const index = spec.names?.indexOf(part) ?? -1;
  if (index < 0) return null;
  return spec.name === "month" ? index + 1 : index;
}
