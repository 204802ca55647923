import { describe, expect, it } from "vitest";
import { describeChangeEvent } from "./describe-change-event";

const tokens = { unit: "1M tokens", currency: "USD" };

describe("describeChangeEvent", () => {
  it("states a price cut with the band, both amounts and the percentage", () => {
    const event = { kind: "price_decrease" as const, model: "Claude Opus 4.6", dimension: "input", tier: "standard", contextAbove: 200_000, old: 10, new: 5, pctChange: -50, ...tokens };
    expect(describeChangeEvent(event, "anthropic")).toBe("Anthropic: Claude Opus 4.6 input, prompts > 200K tokens, $10.00 → $5.00 per 1M tokens (−50%)");
    expect(describeChangeEvent(event)).toBe("Claude Opus 4.6 input, prompts > 200K tokens, $10.00 → $5.00 per 1M tokens (−50%)");
  });

  it("keeps the decimals small prices need, and names the tier and cache TTL", () => {
    const event = { kind: "price_increase" as const, model: "Gemini 2.0 Flash", dimension: "cache_write", cacheTtl: "1h", tier: "batch", old: 0.075, new: 0.0875, pctChange: 16.67, ...tokens };
    expect(describeChangeEvent(event, "gemini")).toBe("Gemini: Gemini 2.0 Flash cache write (1h), batch tier, $0.075 → $0.0875 per 1M tokens (+16.67%)");
  });

  it("uses the currency's symbol or code and the unit's words", () => {
    expect(describeChangeEvent({ kind: "price_decrease", model: "deepseek-chat", dimension: "input", tier: "off_peak", old: 2, new: 1, pctChange: -50, unit: "1M tokens", currency: "CNY" }, "deepseek"))
      .toBe("DeepSeek: deepseek-chat input, off-peak tier, ¥2.00 → ¥1.00 per 1M tokens (−50%)");
    expect(describeChangeEvent({ kind: "price_increase", model: "Sonar", dimension: "request", tier: "standard", old: 5, new: 6, pctChange: 20, unit: "1K requests", currency: "CHF" }))
      .toBe("Sonar request, 5.00 CHF → 6.00 CHF per 1K requests (+20%)");
    expect(describeChangeEvent({ kind: "price_increase", model: "M", dimension: "input", tier: "standard", old: 0, new: 1234.5, pctChange: null, ...tokens }))
      .toBe("M input, $0.00 → $1,234.50 per 1M tokens");
  });

  it("states model events", () => {
    expect(describeChangeEvent({ kind: "model_added", model: "GPT-5 nano" }, "openai")).toBe("OpenAI added model GPT-5 nano");
    expect(describeChangeEvent({ kind: "model_removed", model: "Claude Opus 3" }, "anthropic")).toBe("Anthropic removed model Claude Opus 3");
    expect(describeChangeEvent({ kind: "model_added", model: "gpt-5-nano" })).toBe("Added model gpt-5-nano");
    expect(describeChangeEvent({ kind: "model_renamed", model: "Claude Sonnet 4 (legacy)", previousModel: "Claude Sonnet 4" })).toBe("Claude Sonnet 4 renamed to Claude Sonnet 4 (legacy)");
    expect(describeChangeEvent({ kind: "model_added", model: "Llama 3.3 70B", provider: "groq" }, "openrouter")).toBe("Groq added model Llama 3.3 70B");
    // Variants may share a display name: the API id the page states says which one.
    expect(describeChangeEvent({ kind: "model_removed", model: "GLM 5.1", modelId: "e2ee-glm-5-1" }, "venice")).toBe("Venice removed model GLM 5.1 (e2ee-glm-5-1)");
    expect(describeChangeEvent({ kind: "price_decrease", model: "GLM 5.1", modelId: "e2ee-glm-5-1", dimension: "output", tier: "standard", old: 4.15, new: 3.9, pctChange: -6.02, ...tokens }))
      .toBe("GLM 5.1 (e2ee-glm-5-1) output, $4.15 → $3.90 per 1M tokens (−6.02%)");
    expect(describeChangeEvent({ kind: "model_added", model: "gpt-5-nano", modelId: "gpt-5-nano" })).toBe("Added model gpt-5-nano");
  });

  it("states tier events, whole tiers and single price lines", () => {
    expect(describeChangeEvent({ kind: "tier_added", model: "Claude Opus 4.6", tier: "batch" }, "anthropic")).toBe("Anthropic added the batch tier for Claude Opus 4.6");
    expect(describeChangeEvent({ kind: "tier_removed", model: "Claude Sonnet 4", tier: "standard", contextAbove: 200_000 }))
      .toBe("Removed the long-context tier (prompts > 200K tokens) for Claude Sonnet 4");
    expect(describeChangeEvent({ kind: "tier_removed", model: "Claude Haiku 3", dimension: "cache_write", tier: "standard", cacheTtl: "1h", old: 0.5, new: null, ...tokens }, "anthropic"))
      .toBe("Anthropic removed a price: Claude Haiku 3 cache write (1h), was $0.50 per 1M tokens");
    expect(describeChangeEvent({ kind: "tier_added", model: "Claude Haiku 3", dimension: "cache_write", tier: "standard", cacheTtl: "1h", old: null, new: 0.5, ...tokens }))
      .toBe("Added a price: Claude Haiku 3 cache write (1h), $0.50 per 1M tokens");
  });

  it("states scheduled changes with their dates", () => {
    const base = { kind: "scheduled_change" as const, model: "Claude Opus 4.6", dimension: "input", tier: "standard", ...tokens };
    expect(describeChangeEvent({ ...base, change: "added", effectiveAt: "2026-09-01", old: 5, new: 4, pctChange: -20 }, "anthropic"))
      .toBe("Anthropic: scheduled from 2026-09-01: Claude Opus 4.6 input, $5.00 → $4.00 per 1M tokens (−20%)");
    expect(describeChangeEvent({ ...base, change: "added", effectiveAt: "2026-09-01T00:00:00Z", old: null, new: 4 }))
      .toBe("Scheduled from 2026-09-01: Claude Opus 4.6 input, $4.00 per 1M tokens");
    expect(describeChangeEvent({ ...base, change: "changed", effectiveAt: "2026-10-01", previousEffectiveAt: "2026-09-01", old: 4, new: 3.5, pctChange: -12.5 }))
      .toBe("Scheduled price changed, from 2026-10-01 (was 2026-09-01): Claude Opus 4.6 input, $4.00 → $3.50 per 1M tokens (−12.5%)");
    expect(describeChangeEvent({ ...base, change: "cancelled", effectiveAt: "2026-09-01", old: 4, new: null }, "anthropic"))
      .toBe("Anthropic: scheduled price cancelled: Claude Opus 4.6 input, $4.00 per 1M tokens from 2026-09-01");
  });
});
