import { describe, expect, it } from "vitest";
import { readFixture } from "../../../test/read-fixture";
import type { Price, PriceCard } from "../types";
import { importLitellmPrices } from "./import-litellm-prices";

const JUNE = "registries/litellm_prices__2024-06-05__via-tokencost.json";
const NOVEMBER = "registries/litellm_prices__2024-11-08__via-tokencost.json";

function load(fixture: string): PriceCard {
  return importLitellmPrices(JSON.parse(readFixture(fixture)));
}

function pick(card: PriceCard, model: string, dimension: string, extra: Partial<Price> = {}): Price[] {
  return card.prices.filter(
    (p) =>
      p.model === model &&
      p.dimension === dimension &&
      p.tier === (extra.tier ?? "standard") &&
      p.contextAbove === extra.contextAbove &&
      (extra.unit === undefined || p.unit === extra.unit),
  );
}

function amountOf(card: PriceCard, model: string, dimension: string, extra: Partial<Price> = {}): number | undefined {
  const found = pick(card, model, dimension, extra);
  expect(found, `${model} ${dimension} ${JSON.stringify(extra)}`).toHaveLength(1);
  return found[0]?.amount;
}

function significantDigits(value: number): number {
  // toExponential() without an argument prints the shortest mantissa that round-trips.
  return value.toExponential().split("e")[0]!.replace(/[-.]/g, "").replace(/0+$/, "").length || 1;
}

describe("importLitellmPrices on the 2024-11-08 price map", () => {
  const card = load(NOVEMBER);

  it("imports every cost field it understands: 1582 prices, status ok, provider litellm", () => {
    expect(card.provider).toBe("litellm");
    expect(card.status).toBe("ok");
    expect(card.prices).toHaveLength(1582);
    expect(card.limits).toEqual([]);
    expect(card.modifiers).toEqual([]);
  });

  it("reads gpt-4o as the file states it then (5 / 15, cache read 1.25) with the key and raw value as evidence", () => {
    expect(pick(card, "gpt-4o", "input")).toEqual([
      {
        model: "gpt-4o",
        provider: "openai",
        dimension: "input",
        tier: "standard",
        amount: 5,
        unit: "1M tokens",
        currency: "USD",
        usdPer1M: 5,
        evidence: "gpt-4o: input_cost_per_token=0.000005",
      },
    ]);
    expect(amountOf(card, "gpt-4o", "output")).toBe(15);
    expect(amountOf(card, "gpt-4o", "cache_read")).toBe(1.25);
    expect(amountOf(card, "gpt-4o-2024-08-06", "input")).toBe(2.5);
    expect(amountOf(card, "gpt-4o-2024-08-06", "output")).toBe(10);
  });

  it("reads claude-3-5-sonnet-20241022 with its cache prices", () => {
    expect(amountOf(card, "claude-3-5-sonnet-20241022", "input")).toBe(3);
    expect(amountOf(card, "claude-3-5-sonnet-20241022", "output")).toBe(15);
    expect(amountOf(card, "claude-3-5-sonnet-20241022", "cache_read")).toBe(0.3);
    expect(amountOf(card, "claude-3-5-sonnet-20241022", "cache_write")).toBe(3.75);
    expect(amountOf(card, "claude-3-opus-20240229", "cache_write")).toBe(18.75);
    expect(pick(card, "claude-3-5-sonnet-20241022", "input")[0]?.provider).toBe("anthropic");
  });

  it("turns _above_128k_tokens fields into contextAbove 128000 prices", () => {
    expect(amountOf(card, "gemini/gemini-1.5-pro", "input")).toBe(3.5);
    expect(amountOf(card, "gemini/gemini-1.5-pro", "input", { contextAbove: 128000 })).toBe(7);
    expect(amountOf(card, "gemini/gemini-1.5-pro", "output", { contextAbove: 128000 })).toBe(21);
    expect(amountOf(card, "gemini/gemini-1.5-flash", "input", { contextAbove: 128000 })).toBe(0.15);
    expect(pick(card, "gemini/gemini-1.5-pro", "input")[0]?.provider).toBe("google");
    expect(card.prices.filter((p) => p.contextAbove === 128000)).toHaveLength(107);
  });

  it("reads audio tokens of gpt-4o-audio-preview as audio_input / audio_output per 1M tokens", () => {
    expect(amountOf(card, "gpt-4o-audio-preview", "audio_input")).toBe(100);
    expect(amountOf(card, "gpt-4o-audio-preview", "audio_output")).toBe(200);
    expect(amountOf(card, "gpt-4o-audio-preview", "input")).toBe(2.5);
    expect(pick(card, "gpt-4o-audio-preview", "audio_input")[0]?.usdPer1M).toBe(100);
  });

  it("scales per-character prices to 1M characters, without usdPer1M (they are not tokens)", () => {
    const [tts] = pick(card, "tts-1", "input");
    expect(tts).toMatchObject({ amount: 15, unit: "1M characters", evidence: "tts-1: input_cost_per_character=0.000015" });
    expect(tts?.usdPer1M).toBeUndefined();
  });

  it("keeps Vertex's per-token and per-character input prices for the same model as two prices", () => {
    expect(amountOf(card, "gemini-1.5-pro", "input", { unit: "1M tokens" })).toBe(1.25);
    expect(amountOf(card, "gemini-1.5-pro", "input", { unit: "1M characters" })).toBe(0.3125);
    expect(amountOf(card, "gemini-1.5-pro", "input", { unit: "1M characters", contextAbove: 128000 })).toBe(0.625);
    expect(pick(card, "gemini-1.5-pro", "input", { unit: "1M characters" })[0]?.provider).toBe("vertex-ai");
  });

  it("keeps per-second, per-image and per-request prices per unit", () => {
    expect(pick(card, "whisper-1", "output")[0]).toMatchObject({ amount: 0.0001, unit: "second" });
    expect(pick(card, "gemini-1.5-pro", "audio_input")[0]).toMatchObject({ amount: 0.00003125, unit: "second" });
    expect(pick(card, "gemini-1.5-pro", "video", { contextAbove: 128000 })[0]).toMatchObject({ amount: 0.0006575, unit: "second" });
    expect(pick(card, "gemini-1.5-pro", "image")[0]).toMatchObject({ amount: 0.00032875, unit: "image" });
    expect(pick(card, "vertex_ai/imagen-3.0-generate-001", "image")[0]).toMatchObject({ amount: 0.04, unit: "image" });
    expect(pick(card, "rerank-english-v3.0", "request")[0]).toMatchObject({ amount: 0.002, unit: "request" });
  });

  it("maps the cache-hit and batch spellings", () => {
    expect(amountOf(card, "deepseek-chat", "cache_read")).toBe(0.014);
    expect(amountOf(card, "text-embedding-preview-0409", "input", { tier: "batch" })).toBe(0.005);
    expect(amountOf(card, "text-embedding-preview-0409", "input")).toBe(0.00625);
  });

  it("reads the image-, audio- and video-token fields later versions of the map add, per modality", () => {
    // A variant entry in the map's shape with the fields gpt-image and realtime models carry in later versions.
    const later = importLitellmPrices({
      "acme-image-1": { litellm_provider: "openai", input_cost_per_token: 5e-6, input_cost_per_image_token: 1e-5, cache_read_input_image_token_cost: 2.5e-6, output_cost_per_image_token: 4e-5 },
      "acme-realtime-1": { litellm_provider: "openai", input_cost_per_audio_token: 3.2e-5, cache_read_input_audio_token_cost: 4e-7, input_cost_per_video_token: 1e-6 },
    });
    expect(later.warnings).toEqual([]);
    expect(later.prices.map((p) => `${p.model} ${p.dimension} ${p.usdPer1M}`).sort()).toEqual([
      "acme-image-1 image_cache_read 2.5", "acme-image-1 image_input 10", "acme-image-1 image_output 40", "acme-image-1 input 5",
      "acme-realtime-1 audio_cache_read 0.4", "acme-realtime-1 audio_input 32", "acme-realtime-1 video_input 1",
    ]);
  });

  it("keeps a zero price as a real free price", () => {
    expect(amountOf(card, "codestral/codestral-latest", "input")).toBe(0);
    expect(pick(card, "codestral/codestral-latest", "input")[0]?.provider).toBe("mistral");
  });

  it("skips per-pixel and DBU fields with one counted warning per field", () => {
    expect(card.warnings).toEqual([
      "input_cost_per_pixel skipped: per-pixel prices are not imported (16 entries)",
      "input_dbu_cost_per_token skipped: Databricks DBU prices are not USD (10 entries)",
      "output_cost_per_pixel skipped: per-pixel prices are not imported (9 entries)",
      "output_db_cost_per_token skipped: Databricks DBU prices are not USD (1 entry)",
      "output_dbu_cost_per_token skipped: Databricks DBU prices are not USD (9 entries)",
    ]);
    expect(card.prices.some((p) => p.model === "hd/1024-x-1024/dall-e-3")).toBe(false);
  });
});

describe("importLitellmPrices on the 2024-06-05 price map", () => {
  const card = load(JUNE);

  it("imports 793 prices", () => {
    expect(card.status).toBe("ok");
    expect(card.prices).toHaveLength(793);
    expect(card.warnings).toEqual([
      "input_cost_per_pixel skipped: per-pixel prices are not imported (16 entries)",
      "output_cost_per_pixel skipped: per-pixel prices are not imported (9 entries)",
    ]);
  });

  it("reads gpt-4o, claude-3-opus and the per-request price of pplx-7b-online", () => {
    expect(amountOf(card, "gpt-4o", "input")).toBe(5);
    expect(amountOf(card, "gpt-4o", "output")).toBe(15);
    expect(amountOf(card, "claude-3-opus-20240229", "input")).toBe(15);
    expect(amountOf(card, "claude-3-opus-20240229", "output")).toBe(75);
    expect(amountOf(card, "gemini-1.5-pro", "input")).toBe(0.625);
    expect(amountOf(card, "gemini-1.5-pro", "output")).toBe(1.875);
    expect(amountOf(card, "perplexity/pplx-7b-online", "request")).toBe(0.005);
    expect(amountOf(card, "1024-x-1024/50-steps/stability.stable-diffusion-xl-v1", "image")).toBe(0.04);
  });
});

describe("importLitellmPrices output", () => {
  const cards = [load(JUNE), load(NOVEMBER)];

  it("never carries binary-rounding tails: every amount has at most 12 significant digits", () => {
    for (const card of cards) {
      const noisy = card.prices.filter((p) => significantDigits(p.amount) > 12);
      expect(noisy).toEqual([]);
      expect(card.prices.every((p) => p.usdPer1M === undefined || p.usdPer1M === p.amount)).toBe(true);
    }
  });

  it("is sorted by provider, model, dimension, tier and contextAbove, with unique keys", () => {
    for (const card of cards) {
      const keys = card.prices.map((p) =>
        JSON.stringify([p.provider, p.model, p.dimension, p.tier, p.contextAbove ?? -1, p.cacheTtl ?? "", p.unit]),
      );
      expect(new Set(keys).size).toBe(keys.length);
      const order = card.prices.map((p) => [p.provider ?? "", p.model, p.dimension, p.tier] as const);
      for (let i = 1; i < order.length; i++) {
        const a = order[i - 1]!.join("\u0000");
        const b = order[i]!.join("\u0000");
        expect(a <= b, `${a} before ${b}`).toBe(true);
      }
    }
  });

  it("gives the same card for the same document (deterministic)", () => {
    expect(load(NOVEMBER)).toEqual(cards[1]);
  });
});

describe("importLitellmPrices on malformed input", () => {
  it.each([
    ["a string", "not json"],
    ["an array", [{ input_cost_per_token: 1e-6 }]],
    ["null", null],
    ["a number", 42],
  ])("throws a clear error when the whole document is %s", (_label, doc) => {
    expect(() => importLitellmPrices(doc)).toThrow(/LiteLLM price map must be a JSON object/);
  });

  it("warns about bad entries and fields but keeps the good ones", () => {
    const card = importLitellmPrices({
      sample_spec: { input_cost_per_token: 0, litellm_provider: "one of https://docs.litellm.ai/docs/providers" },
      "good-model": { input_cost_per_token: 3e-5, output_cost_per_token: "0.00006", litellm_provider: "openai" },
      "text-model": { input_cost_per_token: "abc", output_cost_per_token: 1.25e-7, litellm_provider: "openai" },
      "weird-model": { input_cost_per_token: { usd: 1 }, output_cost_per_token: -1, litellm_provider: "openai" },
      "future-model": { input_cost_per_token: 1e-6, output_cost_per_beam: 1e-3, litellm_provider: "openai" },
      "orphan-model": { input_cost_per_token: 1e-6 },
      "string-entry": "gpt-4o",
      "array-entry": [1, 2],
      "null-entry": null,
    });
    expect(card.status).toBe("ok");
    expect(card.prices.map((p) => [p.model, p.dimension, p.amount])).toEqual([
      ["orphan-model", "input", 1],
      ["future-model", "input", 1],
      ["good-model", "input", 30],
      ["good-model", "output", 60],
      ["text-model", "output", 0.125],
    ]);
    expect(card.warnings).toEqual([
      "entry has no litellm_provider: prices kept without provider (1 entry)",
      "entry is not an object: skipped (3 entries)",
      "input_cost_per_token skipped: not a non-negative number (1 entry)",
      "input_cost_per_token skipped: not a number (1 entry)",
      "output_cost_per_beam skipped: unrecognised cost field (1 entry)",
      "output_cost_per_token skipped: not a non-negative number (1 entry)",
    ]);
  });

  it("says empty when no entry has a price", () => {
    const card = importLitellmPrices({ "no-price": { litellm_provider: "openai", mode: "chat" } });
    expect(card).toMatchObject({ provider: "litellm", status: "empty", prices: [], warnings: [] });
  });

  it("converts per-token values exactly (3e-05 → 30, 2.5e-06 → 2.5, 1.25e-07 → 0.125)", () => {
    const card = importLitellmPrices({
      a: { input_cost_per_token: 3e-5, output_cost_per_token: 2.5e-6, cache_read_input_token_cost: 1.25e-7, litellm_provider: "x" },
      b: { input_cost_per_token: 1e-7, output_cost_per_token: 5.7e-7, litellm_provider: "x" },
    });
    expect(card.prices.map((p) => [p.model, p.dimension, p.amount])).toEqual([
      ["a", "cache_read", 0.125],
      ["a", "input", 30],
      ["a", "output", 2.5],
      ["b", "input", 0.1],
      ["b", "output", 0.57],
    ]);
  });

  it("reads later LiteLLM spellings: _above_200k_tokens, _batches, _flex, _priority, _above_1hr", () => {
    const card = importLitellmPrices({
      m: {
        litellm_provider: "anthropic",
        input_cost_per_token: 3e-6,
        input_cost_per_token_above_200k_tokens: 6e-6,
        input_cost_per_token_batches: 1.5e-6,
        output_cost_per_token_flex: 5e-6,
        output_cost_per_token_priority: 2e-5,
        cache_creation_input_token_cost: 3.75e-6,
        cache_creation_input_token_cost_above_1hr: 6e-6,
        output_cost_per_reasoning_token: 1e-5,
      },
    });
    expect(card.prices.map((p) => [p.dimension, p.tier, p.contextAbove ?? null, p.cacheTtl ?? null, p.amount])).toEqual([
      ["cache_write", "standard", null, null, 3.75],
      ["cache_write", "standard", null, "1h", 6],
      ["input", "batch", null, null, 1.5],
      ["input", "standard", null, null, 3],
      ["input", "standard", 200000, null, 6],
      ["output", "flex", null, null, 5],
      ["output", "priority", null, null, 20],
      ["reasoning", "standard", null, null, 10],
    ]);
    expect(card.warnings).toEqual([]);
  });

  it("keeps input-image and generated-image prices apart when one entry has both", () => {
    const card = importLitellmPrices({
      "image-model": { litellm_provider: "gemini", input_cost_per_image: 0.001, output_cost_per_image: 0.039 },
    });
    expect(card.prices.map((p) => [p.dimension, p.amount, p.unit])).toEqual([
      ["image", 0.001, "image"],
      ["image_output", 0.039, "image"],
    ]);
  });
});
