import { describe, expect, it } from "vitest";
import { describeAlertRule, type DescribableAlertRule } from "./describe-alert-rule";

const base: DescribableAlertRule = {
  sourceIds: [],
  providers: [],
  modelPatterns: [],
  eventKinds: [],
  minPctChange: null,
  direction: null,
  recipients: ["a@example.com"],
  webhookUrl: null,
  cadence: "immediate",
  digestHour: null,
  digestWeekday: null,
  timeZone: "UTC",
  failureStreak: null,
  tractionReport: false,
};
const now = new Date("2026-11-26T14:00:00Z"); // a Thursday

describe("describeAlertRule", () => {
  it("describes an unfiltered immediate rule", () => {
    expect(describeAlertRule(base, { now })).toEqual({
      matches: "All price and model changes, a source failing 3 checks in a row (and its recovery) and a page whose prices stop being read (extraction degraded), from any source.",
      channel: "Email to a@example.com.",
      schedule: "Immediately.",
    });
  });

  it("names kinds, size, providers, models and sources, and a weekly digest with its next slot in UTC", () => {
    const rule = { ...base, sourceIds: ["11111111-aaaa", "22222222-bbbb"], providers: ["anthropic"], modelPatterns: ["claude-*", "gpt-5*"], eventKinds: ["price_decrease", "price_increase"], minPctChange: 10, direction: "down" as const, recipients: ["a@example.com", "b@example.com"], webhookUrl: "https://hooks.slack.com/services/T/B/x", cadence: "weekly" as const, digestHour: 8, digestWeekday: 5, timeZone: "Europe/Berlin" };
    const names = new Map([["11111111-aaaa", "Anthropic pricing"]]);
    expect(describeAlertRule(rule, { now, sourceName: (id) => names.get(id) })).toEqual({
      matches: "Price decreases or price increases (downwards of at least 10%) by anthropic for models matching claude-* or gpt-5*, from Anthropic pricing or 22222222.",
      channel: "Email to a@example.com and b@example.com and a webhook to hooks.slack.com.",
      schedule: "A weekly digest on Friday at 08:00 Europe/Berlin (next 2026-11-27 07:00 UTC).",
    });
  });

  it("describes a rule for degraded extraction only, without changes or failures", () => {
    expect(describeAlertRule({ ...base, eventKinds: ["extraction_degraded"] }, { now }).matches).toBe("A page whose prices stop being read (extraction degraded), from any source.");
  });

  it("describes a failures-only webhook rule with a daily digest and the traction report", () => {
    const rule = { ...base, recipients: [], webhookUrl: "https://hooks.example.com/x", eventKinds: ["source_failure"], failureStreak: 5, cadence: "daily" as const, digestHour: 7, tractionReport: true };
    expect(describeAlertRule(rule, { now })).toEqual({
      matches: "A source failing 5 checks in a row (and its recovery) and the weekly traction report, from any source.",
      channel: "A webhook to hooks.example.com.",
      schedule: "A daily digest at 07:00 UTC (next 2026-11-27 07:00 UTC).",
    });
  });
});
