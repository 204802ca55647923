// Turns one registry cost field into a price point on the same scale as a pricing page.
import type { Price, PriceDimension, PriceTier, PriceUnit } from "../types";
import { shiftDecimal } from "../shift-decimal";

/**
 * What the registry's number is per: a token (in dollars, or in US cents as Portkey writes it), 1M tokens,
 * a character, a second, an image, a request, a search.
 */
export type RegistryPriceBasis = "token" | "cent per token" | "1M tokens" | "character" | "second" | "image" | "request" | "search";

export interface RegistryPriceInput {
  provider?: string;
  model: string;
  dimension: PriceDimension;
  tier?: PriceTier;
  contextAbove?: number;
  cacheTtl?: string;
  qualifiers?: Record<string, string>;
  /** The registry's value as given: a number or a decimal string. */
  value: number | string;
  basis: RegistryPriceBasis;
  evidence: string;
}

// Token and character prices are scaled to 1M (the unit pages print); others stay per unit.
const SCALE: Record<RegistryPriceBasis, { places: number; unit: PriceUnit; tokens: boolean }> = {
  "token": { places: 6, unit: "1M tokens", tokens: true },
  "cent per token": { places: 4, unit: "1M tokens", tokens: true },
  "1M tokens": { places: 0, unit: "1M tokens", tokens: true },
  "character": { places: 6, unit: "1M characters", tokens: false },
  "second": { places: 0, unit: "second", tokens: false },
  "image": { places: 0, unit: "image", tokens: false },
  "request": { places: 0, unit: "request", tokens: false },
  "search": { places: 0, unit: "search", tokens: false },
};

/** Builds a USD price point; throws (from shiftDecimal) when the value is not a non-negative decimal. */
export function makeRegistryPrice(input: RegistryPriceInput): Price {
  const scale = SCALE[input.basis];
  const amount = shiftDecimal(input.value, scale.places);
  // Optional keys are left out rather than set to undefined, so JSON and equality stay clean.
  return {
    model: input.model,
    ...(input.provider !== undefined && { provider: input.provider }),
    dimension: input.dimension,
    tier: input.tier ?? "standard",
    ...(input.contextAbove !== undefined && { contextAbove: input.contextAbove }),
    ...(input.cacheTtl !== undefined && { cacheTtl: input.cacheTtl }),
    ...(input.qualifiers !== undefined && { qualifiers: input.qualifiers }),
    amount,
    unit: scale.unit,
    currency: "USD",
    ...(scale.tokens && { usdPer1M: amount }),
    evidence: input.evidence,
  };
}
