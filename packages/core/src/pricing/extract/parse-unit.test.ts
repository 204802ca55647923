import { describe, expect, it } from "vitest";
import { parseUnit } from "./parse-unit";

describe("parseUnit", () => {
  it.each([
    [" / MTok", "1M tokens"], ["/1M tokens", "1M tokens"], [" per million tokens", "1M tokens"], [" per 1M input tokens", "1M tokens"],
    [" / 1K tokens", "1K tokens"], [" per 1,000 tokens", "1K tokens"], [" per token", "token"],
    [" / 1k calls", "1K requests"], [" per 1,000 searches", "1K searches"], [" / 1,000 pages", "1K pages"], [" / input MTok", "1M tokens"], [" per page", "page"], [" per request", "request"],
    [" / image", "image"], [" / sec", "second"], [" / minute", "minute"], [" per session-hour", "hour"],
    [" / 1M characters", "1M characters"], [" / GB / day", "GB-day"], [" per GB-month", "GB-month"],
    [" / 1,000,000 tokens per hour", "1M tokens per hour"],
  ])("reads '%s' as %s", (text, unit) => {
    expect(parseUnit(text)?.unit).toBe(unit);
  });

  it("marks plan units as subscriptions and ignores text that is no unit", () => {
    expect(parseUnit("/month")?.subscription).toBe(true);
    expect(parseUnit(" per seat")?.subscription).toBe(true);
    expect(parseUnit(" (prompts <= 200K)")).toBeNull();
  });
});
