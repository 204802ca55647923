// Turns a candidate's layered traits into the contract's Price: dimension, unit, currency and usdPer1M.
import type { ParsedModelName } from "../models/parse-model-name";
import type { Price } from "../types";
import { shiftDecimal } from "../shift-decimal";
import type { PriceCandidate, Traits } from "./types";

const TOKEN_UNITS: Record<string, number> = { "1M tokens": 0, "1K tokens": 3, token: 6 };

function resolveUnit(unit: string | undefined, t: Traits): string | undefined {
  if (unit === "1K ?") return t.kind === "search" ? "1K searches" : t.kind === "request" ? "1K requests" : "1K tokens";
  if (unit === "1M ?") return t.kind === "request" ? "1M requests" : "1M tokens";
  return unit;
}

function prefixed(modality: string | undefined, base: string): string {
  return modality !== undefined && modality !== "text" ? `${modality}_${base}` : base;
}

/** The dimensions a candidate's traits name; a token price with no direction names both input and output. */
function resolveDimensions(t: Traits, unit: string, model = ""): string[] {
  const tokenUnit = /tokens?$/.test(unit) && !/per hour/.test(unit);
  if (t.dimension !== undefined) return [t.dimension];
  if (t.kind === "training") return ["training"];
  if (t.kind === "storage" || /per hour|^GB/.test(unit)) return ["storage"];
  if (t.cache === "read") return [prefixed(t.modality, "cache_read")];
  if (t.cache === "write") return [prefixed(t.modality, "cache_write")];
  if (t.kind === "search" && !tokenUnit) return ["search"];
  if (/search/.test(unit)) return ["search"];
  if (unit === "image" && t.io !== "input") return ["image"];
  if (t.io !== undefined) return [prefixed(t.modality, t.io)];
  if (t.kind === "embedding" || (tokenUnit && /embed/i.test(model))) return ["input"];
  if (t.kind === "request" || /request/.test(unit)) return ["request"];
  if (unit === "image") return ["image"];
  if (unit === "second" || unit === "minute") return [t.modality === "video" || t.modality === "image" || /video|veo|sora/i.test(model) ? "video" : "audio"];
  if (/character/.test(unit)) return [t.modality === "audio" ? "audio_output" : "characters"];
  if (unit === "hour") return ["runtime"];
  if (tokenUnit) return [prefixed(t.modality, "input"), prefixed(t.modality, "output")];
  return [t.modality !== undefined && t.modality !== "text" ? t.modality : "usage"];
}

/**
 * The candidate's prices, under the name the model-name grammar read from its "model" (the caller has
 * refused names that are not models): qualifiers written into the name are data, so "X starting
 * September 1" is X from that date.
 */
export function buildPrices(c: PriceCandidate, named: ParsedModelName): Price[] {
  const t = c.traits;
  const unit = resolveUnit(t.unit, t);
  if (unit === undefined) return [];
  const currency = t.currency ?? "USD";
  // A fine-tuned model is a model of its own, called by its own id: "GPT-4.1 (fine-tuned)", not GPT-4.1.
  const { variant, ...qualifiers } = t.qualifiers ?? {};
  const fineTuned = variant !== undefined && /fine-tuned$/.test(variant);
  const model = fineTuned ? `${named.name} (${variant})` : named.name;
  const kept = fineTuned ? qualifiers : t.qualifiers;
  return resolveDimensions(t, unit, c.model).map((dimension) => {
    const price = { model, dimension, tier: t.tier ?? "standard" } as Price;
    const contextAbove = t.contextAbove ?? named.contextAbove;
    const contextUpTo = t.contextUpTo ?? named.contextUpTo;
    if (contextAbove !== undefined) price.contextAbove = contextAbove;
    if (contextUpTo !== undefined && contextAbove === undefined) price.contextUpTo = contextUpTo;
    if (t.cacheTtl !== undefined && dimension.endsWith("cache_write")) price.cacheTtl = t.cacheTtl;
    const validFrom = t.validFrom ?? named.validFrom;
    const validUntil = t.validUntil ?? named.validUntil;
    if (validFrom !== undefined) price.validFrom = validFrom;
    if (validUntil !== undefined) price.validUntil = validUntil;
    if (named.lifecycle !== undefined) price.lifecycle = named.lifecycle;
    if (c.modelId !== undefined) price.modelId = c.modelId;
    if (kept !== undefined && Object.keys(kept).length > 0) price.qualifiers = { ...kept };
    price.amount = c.amount;
    price.unit = unit;
    price.currency = currency;
    const shift = TOKEN_UNITS[unit];
    if (currency === "USD" && shift !== undefined) price.usdPer1M = Number(shiftDecimal(c.amountText, shift).toPrecision(10));
    price.evidence = c.evidence;
    return price;
  });
}
