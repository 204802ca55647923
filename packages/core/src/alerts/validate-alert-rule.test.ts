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

describe("validateAlertRule field errors", () => {
  const labels = { email: "Email", webhook: "Webhook URL", source: "Sources", provider: "Providers", model: "Models", kinds: "Kinds", minPct: "Min. change %", direction: "Direction", cadence: "When", hour: "Hour", weekday: "Weekday", tz: "Time zone", failureStreak: "Failure streak", traction: "Traction report" };

  it("reports every bad field at once, in the form's words", () => {
    const result = validateAlertRule({ email: ["a@example.com", "bad"], webhook: "javascript:alert(1)", minPct: "lots", tz: "Mars/Olympus", cadence: "daily", hour: "25", failureStreak: "0" }, labels);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.fromEntries(result.errors.map((e) => [e.field, e.message]))).toEqual({
      email: "Email 'bad' is not an email address: write it as name@example.com",
      webhook: expect.stringMatching(/^Webhook URL 'javascript:alert\(1\)' is invalid: give an http\(s\) URL/),
      minPct: expect.stringMatching(/^Min\. change % 'lots' is invalid/),
      tz: expect.stringMatching(/^Time zone 'Mars\/Olympus' is not a time zone/),
      hour: "Hour '25' is invalid: give the hour of the day, 0-23 (in Time zone)",
      failureStreak: expect.stringMatching(/^Failure streak '0' is invalid/),
    });
    expect(result.error).toBe(result.errors[0]!.message);
  });

  it("asks for a channel only when neither is given, and names both", () => {
    const result = validateAlertRule({ email: [], webhook: "" }, labels);
    expect(result).toEqual({ ok: false, error: "a rule needs somewhere to send: give Email or Webhook URL", errors: [{ field: "email", message: "a rule needs somewhere to send: give Email or Webhook URL" }] });
    expect(validateAlertRule({ webhook: "https://hooks.example.com/x" }, labels)).toMatchObject({ ok: true, rule: { webhookUrl: "https://hooks.example.com/x", recipients: [], name: "webhook hooks.example.com" } });
  });

  it("refuses a weekday on a daily digest", () => {
    const result = validateAlertRule({ email: ["a@example.com"], cadence: "daily", weekday: "mon" });
    expect(result).toMatchObject({ ok: false, errors: [{ field: "weekday", message: "--weekday only applies to weekly digests: set --cadence to weekly" }] });
  });
});
