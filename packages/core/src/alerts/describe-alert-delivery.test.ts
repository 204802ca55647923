import { describe, expect, it } from "vitest";
import { describeAlertDelivery, type DescribableAlertDelivery } from "./describe-alert-delivery";

const now = new Date("2026-11-26T14:00:00Z");
const row = (over: Partial<DescribableAlertDelivery>): DescribableAlertDelivery => ({ kind: "event", channel: "email", status: "pending", attempts: 0, lastError: null, lockedUntil: null, payload: {}, ...over });

describe("describeAlertDelivery", () => {
  it("splits pending rows into queued, sending (under a live lease) and retrying (tried before)", () => {
    expect(describeAlertDelivery(row({}), now).state).toBe("queued");
    expect(describeAlertDelivery(row({ attempts: 1, lockedUntil: new Date("2026-11-26T14:01:00Z") }), now).state).toBe("sending");
    expect(describeAlertDelivery(row({ attempts: 2, lastError: "421 busy", lockedUntil: new Date("2026-11-26T13:59:00Z") }), now).state).toBe("retrying");
    expect(describeAlertDelivery(row({ status: "sent", attempts: 1 }), now).state).toBe("sent");
    expect(describeAlertDelivery(row({ status: "failed", attempts: 1 }), now).state).toBe("failed");
  });

  it("says what each kind of message was about and where it went", () => {
    const summary = "Anthropic: Claude Opus input $15.00 → $5.00 per 1M tokens (−66.7%)";
    expect(describeAlertDelivery(row({ payload: { message: { kind: "event", event: { summary } }, to: ["a@example.com", "b@example.com"] } }), now)).toMatchObject({ about: summary, target: "a@example.com, b@example.com" });
    expect(describeAlertDelivery(row({ kind: "digest", channel: "webhook", payload: { message: { cadence: "weekly", events: [{}, {}] }, url: "https://hooks.slack.com/services/x" } }), now)).toMatchObject({ about: "Weekly digest of 2 changes", target: "webhook hooks.slack.com" });
    expect(describeAlertDelivery(row({ kind: "failure", payload: { message: { source: { name: "Mistral pricing" }, streak: { length: 4 } } } }), now).about).toBe("Mistral pricing failed 4 checks in a row");
    expect(describeAlertDelivery(row({ kind: "recovery", payload: { message: { source: { name: "Mistral pricing" }, streak: { length: 4 } } } }), now).about).toBe("Mistral pricing recovered after 4 failed checks");
    expect(describeAlertDelivery(row({ kind: "degraded", payload: { message: { source: { name: "Mistral pricing" }, card: { lostPrices: 6, previousPrices: 9 } } } }), now).about).toBe("Mistral pricing extraction degraded: 6 of 9 prices not read");
    expect(describeAlertDelivery(row({ kind: "test" }), now)).toMatchObject({ about: "Test alert", target: "(no recipients)" });
  });

  it("tolerates a payload that is not the expected shape", () => {
    expect(describeAlertDelivery(row({ kind: "event", channel: "webhook", payload: "garbage" }), now)).toMatchObject({ about: "A change event", target: "webhook (unknown)" });
  });
});
