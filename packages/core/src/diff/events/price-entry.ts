// A price with the keys the comparison needs computed once, and the event fields it contributes.
import type { Price } from "../../pricing/types";
import type { ChangeEvent } from "../types";
import { comparableAmount, priceModelKey, priceSlotKey, scopedModelKey } from "./price-identity";

export interface PriceEntry {
  price: Price;
  /** Provider-scoped, formatting-insensitive model key (`priceModelKey`: its API id when stated, else its name). */
  modelKey: string;
  /** The key of the model's display name, whatever modelKey is: how a side without ids finds it. */
  nameKey: string;
  /** Everything else that identifies the price (dimension, tier, band, TTL, qualifiers, currency, unit). */
  slot: string;
  /** The tier and long-context band: what tier_added / tier_removed are about. */
  band: string;
  /** usdPer1M when set, else amount. */
  value: number;
}

export function toPriceEntry(price: Price): PriceEntry {
  return {
    price,
    modelKey: priceModelKey(price),
    nameKey: scopedModelKey(price),
    slot: priceSlotKey(price),
    band: `${(price.tier || "standard").trim().toLowerCase()}|${price.contextAbove ?? ""}`,
    value: comparableAmount(price),
  };
}

export function identityOf(entry: PriceEntry, modelKey = entry.modelKey): string {
  return `${modelKey}\u0000${entry.slot}`;
}

/** The fields that say which model an event is about besides its name: its provider and API id, when known. */
export function modelFields(price: Price): Pick<ChangeEvent, "provider" | "modelId"> {
  return {
    ...(price.provider?.trim() ? { provider: price.provider.trim() } : {}),
    ...(price.modelId?.trim() ? { modelId: price.modelId.trim() } : {}),
  };
}

/** The model, tier and band fields of an event about this price's tier. */
export function bandFields(price: Price): Pick<ChangeEvent, "provider" | "modelId" | "tier" | "contextAbove"> {
  return {
    ...modelFields(price),
    tier: price.tier || "standard",
    ...(price.contextAbove !== undefined ? { contextAbove: price.contextAbove } : {}),
  };
}

/** All fields that say which price an event is about, with the unit its old/new values are in. */
export function priceFields(
  price: Price,
): Pick<ChangeEvent, "provider" | "modelId" | "dimension" | "tier" | "contextAbove" | "cacheTtl" | "qualifiers" | "unit" | "currency"> {
  const qualifiers = price.qualifiers && Object.keys(price.qualifiers).length > 0
    ? Object.fromEntries(Object.entries(price.qualifiers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : undefined;
  return {
    ...bandFields(price),
    dimension: price.dimension,
    ...(price.cacheTtl ? { cacheTtl: price.cacheTtl } : {}),
    ...(qualifiers ? { qualifiers } : {}),
    unit: price.usdPer1M !== undefined ? "1M tokens" : price.unit,
    currency: price.usdPer1M !== undefined ? "USD" : price.currency,
  };
}

/** One card's prices as the comparison sees them. */
export interface CardSide {
  /** Prices in force (no date, or a date that has passed), one per identity. */
  current: Map<string, PriceEntry>;
  /** Dated prices not yet in force. */
  scheduled: PriceEntry[];
  /** The display name of each model key. */
  names: Map<string, string>;
}
