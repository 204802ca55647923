// What makes two prices on two fetches of one source "the same price": formatting-insensitive keys.
import { cleanModelName } from "../../pricing/models/clean-model-name";
import { parseModelName } from "../../pricing/models/parse-model-name";
import type { Price } from "../../pricing/types";

/** Relative tolerance for amounts: "1.6" and "1.60", or $0.0016/1K and $1.60/1M, are one amount. */
const RELATIVE_EPSILON = 1e-9;

// Annotations a page adds to a name without it becoming another model ("Claude Opus 3 (deprecated)").
const STATUS_ANNOTATION = /\((?:deprecated|legacy|retired|retiring[^)]*|deprecating[^)]*)\)/g;

/** The key two spellings of one model's name share within a source (case, spaces, markdown, status notes). */
export function modelNameKey(name: string): string {
  // Through the model-name grammar: "X (deprecated)", "X starting Sept 1" and X are one model.
  const parsed = parseModelName(name);
  return cleanModelName(parsed.rejected === undefined ? parsed.name : name)
    .toLowerCase()
    .replace(STATUS_ANNOTATION, " ")
    .replace(/\s*\/\s*/g, "/")
    .replace(/\s+/g, " ")
    .trim();
}

/** The model's key scoped by its provider, for cards that cover several providers (registries). */
export function scopedModelKey(price: Pick<Price, "model" | "provider">): string {
  return `${providerKey(price.provider)}\u0000${modelNameKey(price.model)}`;
}

/**
 * The key of the model a price is for: its API id when its row states one ("e2ee-glm-5-1"; two variants a
 * page gives one display name stay two models), else its name. An id key never equals a name key by chance.
 */
export function priceModelKey(price: Pick<Price, "model" | "provider" | "modelId">): string {
  const id = price.modelId?.trim().toLowerCase();
  return id ? `${providerKey(price.provider)}\u0000id:${id}` : scopedModelKey(price);
}

export function providerKey(provider: string | null | undefined): string {
  return (provider ?? "").trim().toLowerCase();
}

/**
 * Everything but the model and the amount that says which price this is. Token prices in USD are
 * compared per 1M tokens, so a page switching from "per 1K" to "per 1M" is a change of wording only.
 */
export function priceSlotKey(price: Price): string {
  const [currency, unit] = price.usdPer1M !== undefined ? ["USD", "1m tokens"] : [price.currency.trim().toUpperCase(), normalizeWords(price.unit)];
  return [
    normalizeWords(price.dimension),
    normalizeWords(price.tier || "standard"),
    price.contextAbove ?? "",
    normalizeWords(price.cacheTtl ?? ""),
    qualifiersKey(price.qualifiers),
    currency,
    unit,
  ].join("|");
}

/** The full identity of a price: provider, model (its id when stated), dimension, tier, context band, cache TTL, qualifiers, currency, unit. */
export function priceIdentityKey(price: Price): string {
  return `${priceModelKey(price)}\u0000${priceSlotKey(price)}`;
}

/** The number compared across fetches: USD per 1M tokens when the price has it, else the stated amount. */
export function comparableAmount(price: Price): number {
  return price.usdPer1M ?? price.amount;
}

export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_EPSILON * Math.max(Math.abs(a), Math.abs(b));
}

/** A canonical spelling of an amount for use inside keys (ten significant digits absorb float noise). */
export function amountKey(value: number): string {
  return String(Number(value.toPrecision(10)));
}

function qualifiersKey(qualifiers: Record<string, string> | undefined): string {
  if (!qualifiers) return "";
  return Object.entries(qualifiers)
    .map(([key, value]) => `${normalizeWords(key)}=${normalizeWords(value)}`)
    .sort()
    .join(";");
}

function normalizeWords(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
}
