// Reads OpenRouter's GET /api/v1/models listing into price points (prices there are USD per token, as strings).
import { normalizeProvider } from "../models/normalize-provider";
import type { Price, PriceCard, PriceDimension } from "../types";
import { buildRegistryCard } from "./build-registry-card";
import { makeRegistryPrice } from "./make-registry-price";
import type { RegistryPriceBasis } from "./make-registry-price";
import { tallyWarning } from "./tally-warning";
import { isJsonRecord } from "../json/is-json-record";

type FieldMeaning = { dimension: PriceDimension; basis: RegistryPriceBasis; cacheTtl?: string };

const FIELDS: Record<string, FieldMeaning> = {
  prompt: { dimension: "input", basis: "token" },
  completion: { dimension: "output", basis: "token" },
  input_cache_read: { dimension: "cache_read", basis: "token" },
  input_cache_write: { dimension: "cache_write", basis: "token" },
  input_cache_write_1h: { dimension: "cache_write", basis: "token", cacheTtl: "1h" },
  internal_reasoning: { dimension: "reasoning", basis: "token" },
  audio: { dimension: "audio_input", basis: "token" },
  audio_output: { dimension: "audio_output", basis: "token" },
  input_audio_cache: { dimension: "audio_cache_read", basis: "token" },
  // OpenRouter shows `image` as "$/K input imgs": a price per input image.
  image: { dimension: "image", basis: "image" },
  // Generated-image tokens: Gemini 3 Pro Image's 0.00012 is Google's $120 per 1M image-output tokens.
  image_output: { dimension: "image_output", basis: "token" },
  web_search: { dimension: "search", basis: "search" },
  request: { dimension: "request", basis: "request" },
};

// Not prices: `discount` is a fraction, `overrides` is read separately.
const IGNORED = new Set(["discount", "overrides"]);


/** "Anthropic: Claude Opus 5" → "Claude Opus 5"; names without a "Vendor: " prefix stay as they are. */
function stripVendorPrefix(name: string): string {
  const match = /^[^:()]{1,40}:\s+(\S.*)$/.exec(name.trim());
  return match?.[1] ?? name.trim();
}

interface ModelContext {
  id: string;
  provider: string;
  model: string;
}

function readPricing(
  context: ModelContext,
  pricing: Record<string, unknown>,
  path: string,
  contextAbove: number | undefined,
  suffix: string,
  prices: Price[],
  tally: Map<string, number>,
): void {
  const hasOneHourWrite = pricing.input_cache_write_1h !== undefined;
  for (const [field, value] of Object.entries(pricing)) {
    if (IGNORED.has(field) || value === null || value === undefined) continue;
    const meaning = FIELDS[field];
    if (meaning === undefined) {
      tallyWarning(tally, `pricing.${field} skipped: unrecognised price field`);
      continue;
    }
    if (typeof value !== "string" && typeof value !== "number") {
      tallyWarning(tally, `pricing.${field} skipped: not a number`);
      continue;
    }
    if (String(value).trim() === "-1") {
      tallyWarning(tally, `pricing.${field} skipped: "-1" means the price is variable or unknown`);
      continue;
    }
    const cacheTtl = meaning.cacheTtl ?? (field === "input_cache_write" && hasOneHourWrite ? "5m" : undefined);
    try {
      prices.push(
        makeRegistryPrice({
          provider: context.provider,
          model: context.model,
          dimension: meaning.dimension,
          ...(contextAbove !== undefined && { contextAbove }),
          ...(cacheTtl !== undefined && { cacheTtl }),
          qualifiers: { id: context.id },
          value,
          basis: meaning.basis,
          evidence: `${context.id} ${path}.${field}=${JSON.stringify(value)}${suffix}`,
        }),
      );
    } catch {
      tallyWarning(tally, `pricing.${field} skipped: not a non-negative decimal`);
    }
  }
}

/**
 * OpenRouter's model list → a card with provider "openrouter". Each price's provider is the id's
 * prefix ("anthropic/claude-opus-5" → "anthropic", normalised), model is `name` without its
 * "Vendor: " prefix, and qualifiers { id } keep keys unique. Per-token strings become USD per
 * 1M tokens exactly; "0" stays a free price, "-1" (variable) is skipped with a warning.
 * `pricing.overrides[]` entries with `min_prompt_tokens` become contextAbove prices.
 * Throws only when the document is not an object with a `data` array.
 */
export function importOpenrouterModels(json: unknown): PriceCard {
  if (!isJsonRecord(json) || !Array.isArray(json.data)) {
    throw new Error(
      'OpenRouter model list must be a JSON object with a "data" array (the body of GET https://openrouter.ai/api/v1/models)',
    );
  }
  const prices: Price[] = [];
  const tally = new Map<string, number>();
  for (const entry of json.data as unknown[]) {
    if (!isJsonRecord(entry)) {
      tallyWarning(tally, "model is not an object: skipped");
      continue;
    }
    const id = typeof entry.id === "string" ? entry.id.trim() : "";
    if (id === "") {
      tallyWarning(tally, "model has no id: skipped");
      continue;
    }
    // "~google/gemini-pro-latest" is an alias route; its provider is still "google".
    const slash = id.indexOf("/");
    const provider = normalizeProvider(slash > 0 ? id.slice(0, slash).replace(/^~/, "") : "openrouter");
    const name = typeof entry.name === "string" && entry.name.trim() !== "" ? stripVendorPrefix(entry.name) : id;
    if (!isJsonRecord(entry.pricing)) {
      tallyWarning(tally, "model has no pricing object: skipped");
      continue;
    }
    const context = { id, provider, model: name };
    readPricing(context, entry.pricing, "pricing", undefined, "", prices, tally);
    const overrides = entry.pricing.overrides;
    if (overrides === undefined) continue;
    if (!Array.isArray(overrides)) {
      tallyWarning(tally, "pricing.overrides skipped: not a list");
      continue;
    }
    overrides.forEach((override: unknown, index) => {
      const threshold = isJsonRecord(override) ? override.min_prompt_tokens : undefined;
      if (!isJsonRecord(override) || typeof threshold !== "number" || !Number.isInteger(threshold) || threshold <= 0) {
        tallyWarning(tally, "pricing.overrides entry skipped: no min_prompt_tokens");
        return;
      }
      const { min_prompt_tokens: _threshold, ...rest } = override;
      readPricing(context, rest, `pricing.overrides[${index}]`, threshold, ` (min_prompt_tokens=${threshold})`, prices, tally);
    });
  }
  return buildRegistryCard("openrouter", prices, tally);
}
