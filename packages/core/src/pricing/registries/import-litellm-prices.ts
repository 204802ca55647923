// Reads LiteLLM's model_prices_and_context_window.json into price points, one per cost field.
import { normalizeProvider } from "../models/normalize-provider";
import type { Price, PriceCard, PriceDimension, PriceTier } from "../types";
import { buildRegistryCard } from "./build-registry-card";
import { makeRegistryPrice } from "./make-registry-price";
import type { RegistryPriceBasis } from "./make-registry-price";
import { tallyWarning } from "./tally-warning";
import { isJsonRecord } from "../json/is-json-record";

type FieldMeaning = { dimension: PriceDimension; basis: RegistryPriceBasis };

// Base field names, once the _above_<n>k_tokens / _batches / _flex / _priority / _above_1hr suffixes are removed.
const FIELDS: Record<string, FieldMeaning> = {
  input_cost_per_token: { dimension: "input", basis: "token" },
  output_cost_per_token: { dimension: "output", basis: "token" },
  cache_read_input_token_cost: { dimension: "cache_read", basis: "token" },
  input_cost_per_token_cache_hit: { dimension: "cache_read", basis: "token" },
  cache_creation_input_token_cost: { dimension: "cache_write", basis: "token" },
  input_cost_per_audio_token: { dimension: "audio_input", basis: "token" },
  cache_read_input_audio_token_cost: { dimension: "audio_cache_read", basis: "token" },
  cache_creation_input_audio_token_cost: { dimension: "audio_cache_write", basis: "token" },
  input_cost_per_image_token: { dimension: "image_input", basis: "token" },
  cache_read_input_image_token_cost: { dimension: "image_cache_read", basis: "token" },
  output_cost_per_image_token: { dimension: "image_output", basis: "token" },
  input_cost_per_video_token: { dimension: "video_input", basis: "token" },
  output_cost_per_audio_token: { dimension: "audio_output", basis: "token" },
  output_cost_per_reasoning_token: { dimension: "reasoning", basis: "token" },
  input_cost_per_character: { dimension: "input", basis: "character" },
  output_cost_per_character: { dimension: "output", basis: "character" },
  input_cost_per_second: { dimension: "input", basis: "second" },
  output_cost_per_second: { dimension: "output", basis: "second" },
  input_cost_per_audio_per_second: { dimension: "audio_input", basis: "second" },
  input_cost_per_video_per_second: { dimension: "video", basis: "second" },
  output_cost_per_video_per_second: { dimension: "video_output", basis: "second" },
  input_cost_per_image: { dimension: "image", basis: "image" },
  output_cost_per_image: { dimension: "image", basis: "image" },
  cost_per_image: { dimension: "image", basis: "image" },
  input_cost_per_request: { dimension: "request", basis: "request" },
  input_cost_per_query: { dimension: "request", basis: "request" },
};

// Cost fields we know and deliberately leave out, with the reason the warning gives.
const SKIPPED: Record<string, string> = {
  input_cost_per_pixel: "per-pixel prices are not imported",
  output_cost_per_pixel: "per-pixel prices are not imported",
  input_dbu_cost_per_token: "Databricks DBU prices are not USD",
  output_dbu_cost_per_token: "Databricks DBU prices are not USD",
  output_db_cost_per_token: "Databricks DBU prices are not USD",
};

const TIER_SUFFIXES: [string, PriceTier][] = [
  ["_batch_requests", "batch"],
  ["_batches", "batch"],
  ["_flex", "flex"],
  ["_priority", "priority"],
];

interface ParsedField extends FieldMeaning {
  tier: PriceTier;
  contextAbove?: number;
  cacheTtl?: string;
}

function parseField(field: string): ParsedField | undefined {
  let base = field;
  let tier: PriceTier = "standard";
  let contextAbove: number | undefined;
  let cacheTtl: string | undefined;
  // Suffixes come in either order ("..._above_200k_tokens_priority", "..._priority_above_200k_tokens").
  for (let changed = true; changed; ) {
    changed = false;
    const above = /_above_(\d+)k_tokens$/.exec(base);
    if (above?.[1] !== undefined) {
      contextAbove = Number(above[1]) * 1000;
      base = base.slice(0, above.index);
      changed = true;
    }
    if (base.endsWith("_above_1hr")) {
      cacheTtl = "1h";
      base = base.slice(0, -"_above_1hr".length);
      changed = true;
    }
    for (const [suffix, suffixTier] of TIER_SUFFIXES) {
      if (base.endsWith(suffix) && FIELDS[base] === undefined) {
        tier = suffixTier;
        base = base.slice(0, -suffix.length);
        changed = true;
      }
    }
  }
  const meaning = FIELDS[base];
  if (meaning === undefined) return undefined;
  return {
    ...meaning,
    tier,
    ...(contextAbove !== undefined && { contextAbove }),
    ...(cacheTtl !== undefined && { cacheTtl }),
  };
}


function isCostField(field: string): boolean {
  return field.includes("cost");
}

/**
 * LiteLLM's price map → a card with provider "litellm". Model = the JSON key; each price's
 * provider = normalizeProvider(litellm_provider). Token prices become USD per 1M tokens and
 * per-character prices USD per 1M characters (shifted exactly); per-second, per-image and
 * per-request prices stay per unit. Throws only when the document is not an object.
 */
export function importLitellmPrices(json: unknown): PriceCard {
  if (!isJsonRecord(json)) {
    const got = Array.isArray(json) ? "an array" : json === null ? "null" : typeof json;
    throw new Error(
      `LiteLLM price map must be a JSON object keyed by model name, got ${got}: ` +
        "pass the parsed model_prices_and_context_window.json",
    );
  }
  const prices: Price[] = [];
  const tally = new Map<string, number>();
  for (const [model, entry] of Object.entries(json)) {
    if (model === "sample_spec") continue;
    if (!isJsonRecord(entry)) {
      tallyWarning(tally, "entry is not an object: skipped");
      continue;
    }
    const rawProvider = entry.litellm_provider;
    const provider = typeof rawProvider === "string" && rawProvider.trim() !== "" ? normalizeProvider(rawProvider) : undefined;
    if (provider === undefined) tallyWarning(tally, "entry has no litellm_provider: prices kept without provider");
    // An entry with both input and generated-image prices keeps them apart.
    const hasImageInput = entry.input_cost_per_image !== undefined && entry.input_cost_per_image !== null;
    for (const [field, value] of Object.entries(entry)) {
      if (!isCostField(field) || value === null || value === undefined) continue;
      const skipReason = SKIPPED[field];
      if (skipReason !== undefined) {
        tallyWarning(tally, `${field} skipped: ${skipReason}`);
        continue;
      }
      const parsed = parseField(field);
      if (parsed === undefined) {
        tallyWarning(tally, `${field} skipped: unrecognised cost field`);
        continue;
      }
      if (typeof value !== "number" && typeof value !== "string") {
        tallyWarning(tally, `${field} skipped: not a number`);
        continue;
      }
      const dimension =
        hasImageInput && parsed.dimension === "image" && !field.startsWith("input_") ? "image_output" : parsed.dimension;
      try {
        prices.push(
          makeRegistryPrice({
            ...(provider !== undefined && { provider }),
            model,
            dimension,
            tier: parsed.tier,
            ...(parsed.contextAbove !== undefined && { contextAbove: parsed.contextAbove }),
            ...(parsed.cacheTtl !== undefined && { cacheTtl: parsed.cacheTtl }),
            value,
            basis: parsed.basis,
            evidence: `${model}: ${field}=${String(value)}`,
          }),
        );
      } catch {
        tallyWarning(tally, `${field} skipped: not a non-negative number`);
      }
    }
  }
  return buildRegistryCard("litellm", prices, tally);
}
