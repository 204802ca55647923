import { describe, expect, it } from "vitest";
import { renderAlertEmail } from "./render-alert-email";
import { renderWebhookPayload } from "./render-webhook-payload";
import type { AlertEventView } from "./types";

const HOSTILE = '<script>alert(1)</script><a href="http://evil">x</a>';

const opus: AlertEventView = {
  id: "e1",
  sourceId: "11111111-1111-1111-1111-111111111111",
  sourceName: "Anthropic pricing",
  sourceUrl: "https://docs.anthropic.com/pricing",
  kind: "price_decrease",
  provider: "anthropic",
  model: "Claude Opus 4.6",
  summary: "Anthropic: Claude Opus 4.6 input, prompts > 200K tokens, $10.00 → $5.00 per 1M tokens (−50%)",
  unit: "1M tokens",
  currency: "USD",
  oldValue: 10,
  newValue: 5,
  pctChange: -50,
  oldEvidence: "| Claude Opus 4.6 | Input: $5 / MTok | Input: $10 / MTok |",
  newEvidence: `| Claude Opus 4.6 | Input: $5 / MTok | Input: $5 / MTok | ${HOSTILE}`,
  fromSnapshotId: "aaaaaaaa-0000-0000-0000-000000000001",
  toSnapshotId: "aaaaaaaa-0000-0000-0000-000000000002",
  detectedAt: "2026-11-26T12:00:00.000Z",
};

describe("price-change email", () => {
  const email = renderAlertEmail({ kind: "event", ruleName: "Anthropic watch", event: opus }, { baseUrl: "https://ratecard.example.com" });

  it("states the change in words in the subject and both parts", () => {
    expect(email.subject).toBe(`[ratecard] ${opus.summary}`);
    expect(email.text).toContain(opus.summary);
    expect(email.html).toContain("Claude Opus 4.6 input, prompts &gt; 200K tokens, $10.00 → $5.00 per 1M tokens (−50%)");
  });

  it("shows old and new side by side with their evidence rows", () => {
    expect(email.text).toContain("Before: $10.00 per 1M tokens");
    expect(email.text).toContain("After:  $5.00 per 1M tokens");
    expect(email.html).toMatch(/<th[^>]*>Before<\/th><th[^>]*>After<\/th>/);
    expect(email.html).toContain("| Claude Opus 4.6 | Input: $5 / MTok | Input: $10 / MTok |");
  });

  it("links to the diff in the dashboard", () => {
    const link = `https://ratecard.example.com/sources/${opus.sourceId}?from=${opus.fromSnapshotId}&to=${opus.toSnapshotId}`;
    expect(email.text).toContain(`Diff: ${link}`);
    expect(email.html).toContain(`href="${link.replace("&", "&amp;")}"`);
  });

  it("never lets scraped text become markup or a link", () => {
    expect(email.html).not.toContain("<script");
    expect(email.html).not.toContain("http://evil");
    expect(email.html).not.toContain('href="http://evil');
    expect(email.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;&lt;a href=&quot;http:&#8203;//evil&quot;&gt;x&lt;/a&gt;");
    expect(email.html.match(/<a /g)).toHaveLength(1); // only the diff button
    expect(email.text).toContain(HOSTILE); // plain text is shown as text by every client
  });

  it("has no links without a dashboard address", () => {
    const bare = renderAlertEmail({ kind: "event", ruleName: "r", event: opus });
    expect(bare.html).not.toContain("<a ");
    expect(bare.text).not.toContain("Diff:");
  });
});

describe("digest email", () => {
  it("groups the period's events by provider", () => {
    const openai = { ...opus, id: "e2", provider: "openai", summary: "OpenAI: gpt-5 output, $10.00 → $8.00 per 1M tokens (−20%)" };
    const email = renderAlertEmail({ kind: "digest", ruleName: "daily", cadence: "daily", periodStart: "2026-11-25T08:00:00.000Z", periodEnd: "2026-11-26T08:00:00.000Z", timeZone: "Europe/Berlin", events: [openai, opus] });
    expect(email.subject).toBe("[ratecard] Daily digest: 2 changes (Anthropic, OpenAI)");
    expect(email.text.indexOf("Anthropic\n---------")).toBeLessThan(email.text.indexOf("OpenAI\n------"));
    expect(email.html).toContain('<h2 style="font-size:15px;margin:20px 0 8px">OpenAI</h2>');
    expect(email.html).not.toContain("<script");
  });
});

describe("failure emails", () => {
  it("says which source fails and since when, and that it recovered", () => {
    const source = { id: "s1", name: "Mistral pricing", url: "https://mistral.ai/pricing", provider: "mistral" };
    const streak = { length: 3, firstCheckAt: "2026-11-26T00:00:00.000Z", lastCheckAt: "2026-11-26T12:00:00.000Z", lastOutcome: "blocked", lastError: `challenge page ${HOSTILE}` };
    const failing = renderAlertEmail({ kind: "failure", ruleName: "ops", source, streak });
    expect(failing.subject).toBe("[ratecard] Mistral pricing is failing: 3 checks in a row blocked");
    expect(failing.html).not.toContain("<script");
    const recovered = renderAlertEmail({ kind: "recovery", ruleName: "ops", source, streak, recoveredAt: "2026-11-26T18:00:00.000Z" });
    expect(recovered.subject).toBe("[ratecard] Mistral pricing works again after 3 checks that failed");
  });
});

describe("extraction degraded email", () => {
  const source = { id: "s1", name: "Anthropic pricing", url: "https://docs.anthropic.com/pricing", provider: "anthropic" };
  const models = ["Claude Opus 4.6", "Claude Sonnet 4.5", "Claude Haiku 4.5", "Claude Opus 4.1", "Claude Opus 4", "Claude Sonnet 4", "Claude Sonnet 3.7", "Claude Haiku 3.5", "Claude Haiku 3"];
  const card = { snapshotId: "aaaaaaaa-0000-0000-0000-000000000002", seenAt: "2026-11-26T12:00:00.000Z", lostPrices: 27, previousPrices: 40, lostModels: models, warning: "extraction degraded: ..." };

  it("says which source, when, how many prices were not read and the first models the page still names, with a link to the source", () => {
    const email = renderAlertEmail({ kind: "degraded", ruleName: "ops", source, card }, { baseUrl: "https://ratecard.example.com" });
    expect(email.subject).toBe("[ratecard] Anthropic pricing: extraction degraded, 27 of 40 prices not read");
    expect(email.text).toContain("Source: Anthropic pricing (https://docs.anthropic.com/pricing)");
    expect(email.text).toContain("Version seen: 2026-11-26T12:00:00.000Z");
    expect(email.text).toContain("Prices not read: 27 of 40 prices of the previous version");
    expect(email.text).toContain("Models the page still names: Claude Opus 4.6, Claude Sonnet 4.5, Claude Haiku 4.5, Claude Opus 4.1, Claude Opus 4, Claude Sonnet 4, Claude Sonnet 3.7, Claude Haiku 3.5 and 1 more");
    expect(email.text).toContain("Dashboard: https://ratecard.example.com/sources/s1");
    expect(email.html).toContain('href="https://ratecard.example.com/sources/s1"');
  });

  it("falls back to the stored warning when the card has no counts", () => {
    const email = renderAlertEmail({ kind: "degraded", ruleName: "ops", source, card: { ...card, lostPrices: null, previousPrices: null, lostModels: [], warning: "extraction degraded: 5 of 9 prices of the previous version were not read" } });
    expect(email.subject).toBe("[ratecard] Anthropic pricing: extraction degraded");
    expect(email.text).toContain("Warning: extraction degraded: 5 of 9 prices of the previous version were not read");
  });

  it("posts the same facts to a webhook", () => {
    const payload = renderWebhookPayload({ kind: "degraded", ruleName: "ops", source, card }, { deliveryId: "d2" });
    expect(payload.text).toContain("*Anthropic pricing: extraction degraded, 27 of 40 prices not read*");
    expect(payload.text).toContain("Models the page still names: Claude Opus 4.6");
    expect(payload.ratecard).toMatchObject({ kind: "degraded", rule: "ops" });
  });
});

describe("webhook payload", () => {
  it("is Slack-compatible and keeps scraped text from forming Slack links", () => {
    const payload = renderWebhookPayload({ kind: "event", ruleName: "r", event: { ...opus, summary: `${opus.summary} <http://evil|click>` } }, { deliveryId: "d1", baseUrl: "https://ratecard.example.com" });
    expect(payload.text).toContain("$10.00 → $5.00 per 1M tokens");
    expect(payload.text).toContain("&lt;http:\u200b//evil|click&gt;");
    expect(payload.text).toMatch(/<https:\/\/ratecard\.example\.com\/sources\/[^|]+\|diff>$/);
    expect(payload.ratecard).toMatchObject({ version: 1, deliveryId: "d1", kind: "event" });
  });
});
