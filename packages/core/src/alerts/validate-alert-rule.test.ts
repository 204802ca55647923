import { describe, expect, it } from "vitest";
import { validateAlertRule } from "./validate-alert-rule";

const error = (options: Parameters<typeof validateAlertRule>[0]) => {
  const result = validateAlertRule(options);
  return result.ok ? null : result.error;
};

describe("validateAlertRule", () => {
  it("accepts a full daily rule and normalises lists", () => {
    const result = validateAlertRule({ email: ["a@example.com,b@example.com"], provider: ["Anthropic"], model: ["claude-*"], kinds: ["price_decrease,source_failure"], minPct: "10%", direction: "down", cadence: "daily", hour: "9", tz: "Europe/Berlin" });
    expect(result).toMatchObject({ ok: true, rule: { recipients: ["a@example.com", "b@example.com"], providers: ["anthropic"], eventKinds: ["price_decrease", "source_failure"], minPctChange: 10, direction: "down", cadence: "daily", digestHour: 9, digestWeekday: null, timeZone: "Europe/Berlin" } });
  });

  it("defaults weekly digests to Monday 09:00 and reads weekday names", () => {
    expect(validateAlertRule({ email: ["a@example.com"], cadence: "weekly" })).toMatchObject({ rule: { digestHour: 9, digestWeekday: 1, timeZone: "UTC" } });
    expect(validateAlertRule({ email: ["a@example.com"], cadence: "weekly", weekday: "Friday" })).toMatchObject({ rule: { digestWeekday: 5 } });
  });

  it("names the bad input in one line", () => {
    expect(error({ email: ["not-an-email"] })).toBe("--email 'not-an-email' is not an email address: write it as name@example.com");
    expect(error({ email: ["a@example.com"], tz: "Europe/Atlantis" })).toMatch(/^--tz 'Europe\/Atlantis' is not a time zone/);
    expect(error({ email: ["a@example.com"], cadence: "daily", hour: "24" })).toMatch(/^--hour '24' is invalid: give the hour of the day, 0-23/);
    expect(error({ email: ["a@example.com"], kinds: ["price_drop"] })).toMatch(/^--kinds 'price_drop' is not an event kind: use price_increase, /);
    expect(error({ email: ["a@example.com"], cadence: "hourly" })).toMatch(/^--cadence 'hourly' is invalid/);
    expect(error({ email: ["a@example.com"], hour: "9" })).toMatch(/^--hour only applies to digests/);
    expect(error({ webhook: "ftp://x" })).toMatch(/^--webhook 'ftp:\/\/x' is invalid/);
    expect(error({})).toMatch(/needs somewhere to send/);
    for (const message of [error({ email: ["a@b"], minPct: "lots" }), error({ email: ["a@b"], direction: "sideways" })]) {
      expect(message).not.toContain("\n");
    }
  });
});
