// The scheduler's tick is configuration: read once, validated as a cron expression, every minute by default.
import { describe, expect, it } from "vitest";
import { readEnv } from "../src/env";

describe("RATECARD_SCHEDULER_TICK", () => {
  it("defaults to every minute and takes a cron expression with or without seconds", () => {
    expect(readEnv({}).RATECARD_SCHEDULER_TICK).toBe("* * * * *");
    expect(readEnv({ RATECARD_SCHEDULER_TICK: " */5 * * * * * " }).RATECARD_SCHEDULER_TICK).toBe("*/5 * * * * *");
  });
  it.each(["every minute", "61 * * * *", "* * *"])("refuses %j with a line naming the setting", (tick) => {
    expect(() => readEnv({ RATECARD_SCHEDULER_TICK: tick })).toThrow(/configuration: RATECARD_SCHEDULER_TICK: RATECARD_SCHEDULER_TICK must be a cron expression/);
  });
});
