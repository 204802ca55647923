import { describe, expect, it } from "vitest";
import { readFixture } from "../../../test/read-fixture";
import type { Price, PriceCard } from "../types";
import { importOpenrouterModels } from "./import-openrouter-models";

const FIXTURE = "registries/openrouter__2026-07-30__api-v1-models__genai-prices-fixture.json";

function row(p: Price): [string, string, string, number | null, string | null, number, string] {
  return [p.provider ?? "", p.dimension, p.tier, p.contextAbove ?? null, p.cacheTtl ?? null, p.amount, p.unit];
}

function ofModel(card: PriceCard, id: string): Price[] {
  return card.prices.filter((p) => p.qualifiers?.id === id);
}

describe("importOpenrouterModels on the 2026-07-30 model list", () => {
  const card = importOpenrouterModels(JSON.parse(readFixture(FIXTURE)));

  it("imports 38 prices from 6 models, status ok, provider openrouter", () => {
    expect(card.provider).toBe("openrouter");
    expect(card.status).toBe("ok");
    expect(card.prices).toHaveLength(38);
  });

  it("reads Claude Opus 5 exactly, with both cache-write TTLs", () => {
    const prices = ofModel(card, "anthropic/claude-opus-5");
    expect(prices.map(row)).toEqual([
      ["anthropic", "cache_read", "standard", null, null, 0.5, "1M tokens"],
      ["anthropic", "cache_write", "standard", null, "1h", 10, "1M tokens"],
      ["anthropic", "cache_write", "standard", null, "5m", 6.25, "1M tokens"],
      ["anthropic", "input", "standard", null, null, 5, "1M tokens"],
      ["anthropic", "output", "standard", null, null, 25, "1M tokens"],
      ["anthropic", "search", "standard", null, null, 0.01, "search"],
    ]);
    expect(prices.find((p) => p.dimension === "input")).toEqual({
      model: "Claude Opus 5",
      provider: "anthropic",
      dimension: "input",
      tier: "standard",
      qualifiers: { id: "anthropic/claude-opus-5" },
      amount: 5,
      unit: "1M tokens",
      currency: "USD",
      usdPer1M: 5,
      evidence: 'anthropic/claude-opus-5 pricing.prompt="0.000005"',
    });
  });

  it('strips the "Vendor: " prefix from names and keeps names without one', () => {
    const names = [...new Set(card.prices.map((p) => `${p.qualifiers?.id} → ${p.model}`))];
    expect(names).toEqual([
      "anthropic/claude-opus-5 → Claude Opus 5",
      "~google/gemini-pro-latest → Google Gemini Pro Latest",
      "google/gemini-3-pro-image → Nano Banana Pro (Gemini 3 Pro Image)",
      "openai/gpt-audio → GPT Audio",
      "perplexity/sonar-deep-research → Sonar Deep Research",
    ]);
  });

  it("turns pricing.overrides with min_prompt_tokens into contextAbove prices", () => {
    const above = ofModel(card, "~google/gemini-pro-latest").filter((p) => p.contextAbove === 200000);
    expect(above.map((p) => [p.dimension, p.amount])).toEqual([
      ["audio_cache_read", 0.4],
      ["audio_input", 4],
      ["cache_read", 0.4],
      ["input", 4],
      ["output", 18],
    ]);
    expect(above.find((p) => p.dimension === "input")?.evidence).toBe(
      '~google/gemini-pro-latest pricing.overrides[0].prompt="0.000004" (min_prompt_tokens=200000)',
    );
  });

  it("maps reasoning, audio, image and image-output prices", () => {
    const image = ofModel(card, "google/gemini-3-pro-image");
    expect(image.find((p) => p.dimension === "reasoning")?.amount).toBe(12);
    expect(image.find((p) => p.dimension === "image")).toMatchObject({ amount: 0.000002, unit: "image" });
    expect(image.find((p) => p.dimension === "image")?.usdPer1M).toBeUndefined();
    expect(image.find((p) => p.dimension === "image_output")).toMatchObject({ amount: 120, unit: "1M tokens" });
    const audio = ofModel(card, "openai/gpt-audio");
    expect(audio.map(row)).toEqual([
      ["openai", "audio_input", "standard", null, null, 32, "1M tokens"],
      ["openai", "audio_output", "standard", null, null, 64, "1M tokens"],
      ["openai", "input", "standard", null, null, 2.5, "1M tokens"],
      ["openai", "output", "standard", null, null, 10, "1M tokens"],
    ]);
    expect(ofModel(card, "perplexity/sonar-deep-research").find((p) => p.dimension === "reasoning")?.amount).toBe(3);
  });

  it('skips "-1" (variable price) with a counted warning: the auto router has no prices', () => {
    expect(ofModel(card, "openrouter/auto-beta")).toEqual([]);
    expect(card.warnings).toEqual([
      'pricing.completion skipped: "-1" means the price is variable or unknown (1 entry)',
      'pricing.prompt skipped: "-1" means the price is variable or unknown (1 entry)',
    ]);
  });

  it("is sorted by provider, then model", () => {
    const providers = card.prices.map((p) => p.provider ?? "");
    expect(providers).toEqual([...providers].sort());
  });
});

describe("importOpenrouterModels on edge cases", () => {
  it('keeps "0" as a free price and converts strings exactly', () => {
    const card = importOpenrouterModels({
      data: [
        {
          id: "meta-llama/llama-3.3-70b-instruct:free",
          name: "Meta: Llama 3.3 70B Instruct (free)",
          pricing: { prompt: "0", completion: "0", request: "0", discount: 0 },
        },
        { id: "x-ai/grok-4", name: "xAI: Grok 4", pricing: { prompt: "0.000003", completion: "0.000015", input_cache_read: "0.00000075" } },
      ],
    });
    expect(card.prices.map((p) => [p.provider, p.model, p.dimension, p.amount, p.unit])).toEqual([
      ["meta", "Llama 3.3 70B Instruct (free)", "input", 0, "1M tokens"],
      ["meta", "Llama 3.3 70B Instruct (free)", "output", 0, "1M tokens"],
      ["meta", "Llama 3.3 70B Instruct (free)", "request", 0, "request"],
      ["xai", "Grok 4", "cache_read", 0.75, "1M tokens"],
      ["xai", "Grok 4", "input", 3, "1M tokens"],
      ["xai", "Grok 4", "output", 15, "1M tokens"],
    ]);
    expect(card.warnings).toEqual([]);
  });

  it("does not give input_cache_write a TTL when there is no 1h price", () => {
    const card = importOpenrouterModels({
      data: [{ id: "a/b", name: "B", pricing: { input_cache_write: "0.00000375" } }],
    });
    expect(card.prices[0]).toMatchObject({ dimension: "cache_write", amount: 3.75 });
    expect(card.prices[0]?.cacheTtl).toBeUndefined();
  });

  it.each([
    ["a string", "oops"],
    ["an array", [{ id: "a/b" }]],
    ["an object without data", { models: [] }],
  ])("throws a clear error when the document is %s", (_label, doc) => {
    expect(() => importOpenrouterModels(doc)).toThrow(/OpenRouter model list must be a JSON object with a "data" array/);
  });

  it("warns about bad models and values, keeping the rest", () => {
    const card = importOpenrouterModels({
      data: [
        "not a model",
        { name: "no id", pricing: { prompt: "0.000001" } },
        { id: "a/no-pricing", name: "A" },
        { id: "a/bad", name: "A: Bad", pricing: { prompt: "abc", completion: { usd: 1 }, web_search: "-0.5", surprise: "0.1" } },
        { id: "a/good", name: "A: Good", pricing: { prompt: "0.000001", overrides: [{ prompt: "0.000002" }] } },
      ],
    });
    expect(card.prices.map((p) => [p.model, p.dimension, p.amount])).toEqual([["Good", "input", 1]]);
    expect(card.warnings).toEqual([
      "model has no id: skipped (1 entry)",
      "model has no pricing object: skipped (1 entry)",
      "model is not an object: skipped (1 entry)",
      "pricing.completion skipped: not a number (1 entry)",
      "pricing.overrides entry skipped: no min_prompt_tokens (1 entry)",
      "pricing.prompt skipped: not a non-negative decimal (1 entry)",
      "pricing.surprise skipped: unrecognised price field (1 entry)",
      "pricing.web_search skipped: not a non-negative decimal (1 entry)",
    ]);
  });

  it("says empty for an empty list", () => {
    expect(importOpenrouterModels({ data: [] })).toMatchObject({ status: "empty", prices: [], warnings: [] });
  });
});
