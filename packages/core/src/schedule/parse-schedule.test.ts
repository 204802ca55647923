import { describe, expect, it } from "vitest";
import { parseSchedule } from "./parse-schedule";

const error = (expression: string): string => {
  const result = parseSchedule(expression);
  if (result.ok) throw new Error(`'${expression}' was accepted`);
  return result.error;
};

describe("parseSchedule", () => {
  it("accepts five-field expressions, names and the shorthands, normalising spacing and case", () => {
    expect(parseSchedule("0 */6 * * *")).toEqual({ ok: true, expression: "0 */6 * * *" });
    expect(parseSchedule("  0  9-17/2 *  * MON-FRI ")).toEqual({ ok: true, expression: "0 9-17/2 * * mon-fri" });
    expect(parseSchedule("15 3 1,15 jan-jun 7")).toEqual({ ok: true, expression: "15 3 1,15 jan-jun 7" });
    for (const shorthand of ["@hourly", "@daily", "@weekly", "@monthly"]) {
      expect(parseSchedule(shorthand)).toEqual({ ok: true, expression: shorthand });
    }
  });

  it("names the field and its range when a value is out of range", () => {
    expect(error("*/61 * * * *")).toBe("cron expression '*/61 * * * *' is invalid: minute must be 0-59");
    expect(error("60 * * * *")).toBe("cron expression '60 * * * *' is invalid: minute must be 0-59");
    expect(error("0 24 * * *")).toBe("cron expression '0 24 * * *' is invalid: hour must be 0-23");
    expect(error("0 0 0 * *")).toBe("cron expression '0 0 0 * *' is invalid: day of month must be 1-31");
    expect(error("0 0 1-32 * *")).toBe("cron expression '0 0 1-32 * *' is invalid: day of month must be 1-31");
    expect(error("0 0 * 13 *")).toBe("cron expression '0 0 * 13 *' is invalid: month must be 1-12");
    expect(error("0 0 * * 8")).toBe("cron expression '0 0 * * 8' is invalid: day of week must be 0-7");
  });

  it("rejects a seconds field, missing fields and an empty expression", () => {
    expect(error("0 0 */6 * * *")).toBe(
      "cron expression '0 0 */6 * * *' is invalid: expected 5 fields (minute hour day-of-month month day-of-week), got 6 (schedules are per minute, so there is no seconds field)",
    );
    expect(error("0 3 * *")).toBe("cron expression '0 3 * *' is invalid: expected 5 fields (minute hour day-of-month month day-of-week), got 4");
    expect(error("  ")).toBe("cron expression '  ' is invalid: it is empty");
  });

  it("explains malformed values, steps and ranges", () => {
    expect(error("x * * * *")).toBe("cron expression 'x * * * *' is invalid: minute 'x' is not a number");
    expect(error("0 0 * * funday")).toBe("cron expression '0 0 * * funday' is invalid: day of week 'funday' is not a number or name");
    expect(error("*/0 * * * *")).toBe("cron expression '*/0 * * * *' is invalid: minute step must be at least 1");
    expect(error("30-10 * * * *")).toBe("cron expression '30-10 * * * *' is invalid: minute range '30-10' goes backwards");
    expect(error("0 L * * *")).toBe("cron expression '0 L * * *' is invalid: hour 'l' is not a number");
    expect(error("0 0 ? * *")).toBe("cron expression '0 0 ? * *' is invalid: day of month '?' is not a number, range, list or step");
    expect(error("@yearly")).toBe("cron expression '@yearly' is invalid: unknown shorthand, use one of @hourly, @daily, @weekly, @monthly");
  });

  it("rejects a date that never occurs", () => {
    expect(error("0 0 30 2 *")).toBe(
      "cron expression '0 0 30 2 *' is invalid: it never matches a date (that day of month does not occur in the months given)",
    );
  });
});
