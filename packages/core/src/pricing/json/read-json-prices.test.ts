import { describe, expect, it } from "vitest";
import { corpusPages } from "../../../test/read-corpus";
import { readPriceCard } from "../read-price-card";
import { scorePriceCard } from "../score/score-price-card";

const card = (json: unknown) => readPriceCard({ kind: "registry", text: JSON.stringify(json) });
const view = (json: unknown) => card(json).prices.map((p) => `${p.model} ${p.dimension} ${p.tier}${p.contextAbove ? ` >${p.contextAbove}` : ""} ${p.usdPer1M}`).sort();

describe("JSON price listings ratecard has no importer for", () => {
  it("reads a model listing inside a scraper's envelope: list vs discounted price, cache price, context thresholds", () => {
    const listing = {
      fetched_at: "2026-08-10T00:00:00Z",
      url: "https://example.test/api/v1/models",
      body: { code: "200", data: [
        { model: "acme/fast-1", type: "Text", price: { discount: "100", actual: { input_price: "0.14", output_price: "0.28", cache_price: "0.028" }, origin: { input_price: "0.14", output_price: "0.28", cache_price: "0.028" } } },
        { model: "acme/big-2", contextLength: 262144, price: { discount: "50", actual: { input_price: "1", output_price: "3", prompt_thresholds: [{ threshold: 200000, input_price: "2", output_price: "6" }] }, origin: { input_price: "2", output_price: "6", prompt_thresholds: [{ threshold: 200000, input_price: "4", output_price: "12" }] } } },
        { model: "acme/video-1", type: "Video", price: { actual: { base_price: "0.04" } } },
      ] },
    };
    expect(view(listing)).toEqual([
      "acme/big-2 input promo 1", "acme/big-2 input promo >200000 2", "acme/big-2 input standard 2", "acme/big-2 input standard >200000 4",
      "acme/big-2 output promo 3", "acme/big-2 output promo >200000 6", "acme/big-2 output standard 6", "acme/big-2 output standard >200000 12",
      "acme/fast-1 cache_read standard 0.028", "acme/fast-1 input standard 0.14", "acme/fast-1 output standard 0.28",
    ].sort());
  });

  it("reads a group of embedding models priced by one bare number each as their input prices, in the document's unit", () => {
    const listing = {
      embeddings: { "acme-embed-3-small": 2e-5, "acme-embed-3-large": "0.00013" },
      audio: { "acme-voice-1": 0.006 },
      chat: { "acme-4": { promptPrice: 0.03, completionPrice: 0.06 }, "acme-3.5": { promptPrice: 0.0015, completionPrice: 0.002 }, "acme-mini-2": { promptPrice: 0.0004, completionPrice: 0.0004 } },
    };
    expect(view(listing)).toEqual([
      "acme-3.5 input standard 1.5", "acme-3.5 output standard 2", "acme-4 input standard 30", "acme-4 output standard 60", "acme-embed-3-large input standard 0.13", "acme-embed-3-small input standard 0.02",
      "acme-mini-2 input standard 0.4", "acme-mini-2 output standard 0.4",
    ]);
    // A group of other things priced per unit (audio per minute, images per picture) is not read as tokens.
    expect(view({ audio: { "acme-voice-1": 0.006, "acme-voice-2": 0.012 }, chat: listing.chat })).toEqual([
      "acme-3.5 input standard 1.5", "acme-3.5 output standard 2", "acme-4 input standard 30", "acme-4 output standard 60", "acme-mini-2 input standard 0.4", "acme-mini-2 output standard 0.4",
    ]);
  });

  it("takes the unit from the keys, or from the magnitudes when no key names one", () => {
    expect(view({ "m-1": { input_cost_per_token: 3e-6, output_cost_per_token: "0.000015" } })).toEqual(["m-1 input standard 3", "m-1 output standard 15"]);
    expect(view({ models: [{ id: "m-1", input: 0.000003, output: 0.000015 }, { id: "m-2", input: 0.0000001, output: 0.0000004 }] }))
      .toEqual(["m-1 input standard 3", "m-1 output standard 15", "m-2 input standard 0.1", "m-2 output standard 0.4"]);
    expect(view({ models: [{ id: "m-1", input_per_1m: 3, output_per_1m: 15 }, { id: "m-2", prompt_usd_per_million: 0.1 }] }))
      .toEqual(["m-1 input standard 3", "m-1 output standard 15", "m-2 input standard 0.1"]);
  });

  it("reads unitless prices of cents and fractions of a cent as per 1K tokens, and says the unit was inferred", () => {
    // A listing in the shape of 2023-era SDK price maps: prompt and completion per 1K tokens, no unit anywhere.
    const listing = { chat: { "acme-4": { promptPrice: 0.03, completionPrice: 0.06 }, "acme-3.5": { promptPrice: 0.0015, completionPrice: 0.002 }, "acme-mini": { promptPrice: 0.0004, completionPrice: 0.0004 } } };
    expect(view(listing)).toEqual([
      "acme-3.5 input standard 1.5", "acme-3.5 output standard 2", "acme-4 input standard 30", "acme-4 output standard 60", "acme-mini input standard 0.4", "acme-mini output standard 0.4",
    ]);
    expect(card(listing).warnings.join(" ")).toMatch(/no key states the unit: read as per 1K tokens/);
    // Medians of a cent per million tokens and more stay per 1M.
    expect(view({ models: [{ id: "m-1", input: 0.05, output: 0.1 }, { id: "m-2", input: 0.02, output: 0.05 }] })).toEqual(["m-1 input standard 0.05", "m-1 output standard 0.1", "m-2 input standard 0.02", "m-2 output standard 0.05"]);
    expect(card({ "m-1": { input_cost_per_token: 3e-6 } }).warnings.join(" ")).not.toMatch(/no key states the unit/);
  });

  it("reads append-only price periods: the one in force on the day read, later ones as scheduled prices", () => {
    const text = JSON.stringify({ models: [
      { provider: "acme", slug: "acme-5", prices: [
        { effective_from: "2026-07-10T00:23:34Z", input: 1.0, cached_write: 1.25, cached_read: 0.1, output: 6.0 },
        { effective_from: "2026-07-30T19:50:40Z", input: 0.2, cached_write: 0.25, cached_read: 0.02, output: 1.2 },
      ] },
      { provider: "acme", slug: "acme-5-mini", prices: [{ effective_from: "2026-07-10T00:23:34Z", input: 0.5, cached_write: null, cached_read: 0.05, output: 2 }] },
    ] });
    const rows = (now: string) => readPriceCard({ kind: "page", text, now: new Date(now) }).prices.map((p) => `${p.model} ${p.dimension} ${p.usdPer1M}${p.validFrom ? ` from ${p.validFrom}` : ""}`).sort();
    expect(rows("2026-07-20T00:00:00Z")).toEqual([
      "acme-5 cache_read 0.02 from 2026-07-30", "acme-5 cache_read 0.1", "acme-5 cache_write 0.25 from 2026-07-30", "acme-5 cache_write 1.25",
      "acme-5 input 0.2 from 2026-07-30", "acme-5 input 1", "acme-5 output 1.2 from 2026-07-30", "acme-5 output 6",
      "acme-5-mini cache_read 0.05", "acme-5-mini input 0.5", "acme-5-mini output 2",
    ]);
    // On the day the later period starts, it is the price.
    expect(rows("2026-07-30T23:00:00Z").filter((r) => r.startsWith("acme-5 "))).toEqual(["acme-5 cache_read 0.02", "acme-5 cache_write 0.25", "acme-5 input 0.2", "acme-5 output 1.2"]);
  });

  it("reads the models a provider's record holds, each keyed by its API id", () => {
    const text = JSON.stringify({ meta: { unit: "USD per 1,000,000 tokens" }, providers: {
      acme: { label: "Acme", batch_discount_percent: 50, models: {
        "acme-5": { display_name: "Acme 5", input_per_mtok: 1.25, cached_input_per_mtok: 0.125, output_per_mtok: 10 },
        "acme-5-mini": { display_name: "Acme 5 Mini", input_per_mtok: 0.25, output_per_mtok: 2 },
      } },
      beta: { label: "Beta", models: { "beta-2": { display_name: "Beta 2", input_per_mtok: 3, output_per_mtok: 15 }, "beta-2-lite": { display_name: "Beta 2 Lite", input_per_mtok: 1, output_per_mtok: 5 } } },
    } });
    const card = readPriceCard({ kind: "page", text });
    expect(card.prices.map((p) => `${p.model} ${p.modelId} ${p.dimension} ${p.usdPer1M}`).sort()).toEqual([
      "Acme 5 acme-5 cache_read 0.125", "Acme 5 acme-5 input 1.25", "Acme 5 acme-5 output 10", "Acme 5 Mini acme-5-mini input 0.25", "Acme 5 Mini acme-5-mini output 2",
      "Beta 2 beta-2 input 3", "Beta 2 beta-2 output 15", "Beta 2 Lite beta-2-lite input 1", "Beta 2 Lite beta-2-lite output 5",
    ].sort());
  });

  it("leaves out the original figures of a record converted from another currency, and reads a price its note states", () => {
    const text = JSON.stringify({ providers: [{ provider: "acme", models: [
      { model_name: "acme-r1", input_price_per_mtok: 0.2894, output_price_per_mtok: 1.1575, notes: "CNY: ¥2.0/¥8.0 per 1M tokens", original_currency: "CNY", original_input_price: 2.0, original_output_price: 8.0 },
      { model_name: "acme-5", input_price_per_mtok: 1.75, output_price_per_mtok: 14, notes: "Standard tier; cached input: $0.175/MTok" },
      { model_name: "acme-5-mini", input_price_per_mtok: 0.25, output_price_per_mtok: 2, input_price_cny: 1.8 },
    ] }] });
    const rows = readPriceCard({ kind: "page", text }).prices.map((p) => `${p.model} ${p.dimension} ${p.tier} ${p.usdPer1M}`).sort();
    expect(rows).toEqual([
      "acme-5 cache_read standard 0.175", "acme-5 input standard 1.75", "acme-5 output standard 14",
      "acme-5-mini input standard 0.25", "acme-5-mini output standard 2",
      "acme-r1 input standard 0.2894", "acme-r1 output standard 1.1575",
    ]);
  });

  it("reads Portkey's cost maps in cents per token, and leaves other currencies alone", () => {
    const portkey = { default: { pricing_config: { pay_as_you_go: { request_token: { price: 0 } }, currency: "USD" } }, "llama3.1-8b": { pricing_config: { pay_as_you_go: { request_token: { price: 0.00001 }, response_token: { price: 0.00002 } }, batch_config: { request_token: { price: 0.000005 } } } }, "gte-base": { pricing_config: { pay_as_you_go: { request_token: { price: 8e-7 } } } } };
    // 8e-7 cents per token (String(8e-7) is "8e-7") is 0.008 dollars per 1M tokens.
    expect(view(portkey)).toEqual(["gte-base input standard 0.008", "llama3.1-8b input batch 0.05", "llama3.1-8b input standard 0.1", "llama3.1-8b output standard 0.2"]);
    expect(card({ data: [{ model: "m-cny", currency: "CNY", input_price: 2, output_price: 8 }] }).prices).toEqual([]);
  });

  it("finds most of the key prices on every JSON listing of the corpus, and nothing the listing does not say", () => {
    const json = corpusPages().filter((p) => p.truth.format === "json" && p.truth.prices.length > 0);
    expect(json.length).toBeGreaterThan(10);
    for (const page of json) {
      const score = scorePriceCard(page.truth, readPriceCard({ kind: "registry", text: page.body }));
      expect(score.found / score.truthPrices, page.file).toBeGreaterThanOrEqual(0.75);
      expect(score.spurious, page.file).toEqual([]);
    }
  });
});
