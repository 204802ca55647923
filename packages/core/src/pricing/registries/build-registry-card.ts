// Assembles a registry's price points into a card: one price per key, a stable order, counted warnings.
import type { Price, PriceCard } from "../types";

function priceKey(price: Price): string {
  return JSON.stringify([
    price.provider ?? "",
    price.model,
    price.dimension,
    price.tier,
    price.contextAbove ?? -1,
    price.contextUpTo ?? -1,
    price.cacheTtl ?? "",
    // Vertex lists the same input both per token and per character: two prices, not a duplicate.
    price.unit,
    Object.entries(price.qualifiers ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    price.validFrom ?? "",
  ]);
}

// Code-unit comparison, not localeCompare: the order must not depend on the machine's ICU data.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function comparePrices(a: Price, b: Price): number {
  return (
    compareText(a.provider ?? "", b.provider ?? "") ||
    compareText(a.model, b.model) ||
    compareText(a.dimension, b.dimension) ||
    compareText(a.tier, b.tier) ||
    (a.contextAbove ?? -1) - (b.contextAbove ?? -1) ||
    compareText(a.cacheTtl ?? "", b.cacheTtl ?? "") ||
    compareText(a.unit, b.unit) ||
    compareText(priceKey(a), priceKey(b))
  );
}

/**
 * Sorts by provider, model, dimension, tier, contextAbove (then cacheTtl, unit and qualifiers),
 * keeps the first of any prices that share a key, and renders the tally as
 * "<message> (<n> entries)" lines in alphabetical order.
 */
export function buildRegistryCard(provider: string, prices: Price[], tally: Map<string, number>): PriceCard {
  const seen = new Set<string>();
  const unique: Price[] = [];
  let duplicates = 0;
  for (const price of prices) {
    const key = priceKey(price);
    if (seen.has(key)) {
      duplicates += 1;
      continue;
    }
    seen.add(key);
    unique.push(price);
  }
  const counts = new Map(tally);
  if (duplicates > 0) counts.set("duplicate price for the same model, dimension, tier and unit: kept the first", duplicates);
  const warnings = [...counts]
    .sort(([a], [b]) => compareText(a, b))
    .map(([message, n]) => `${message} (${n} ${n === 1 ? "entry" : "entries"})`);
  return {
    provider,
    status: unique.length > 0 ? "ok" : "empty",
    prices: unique.sort(comparePrices),
    limits: [],
    modifiers: [],
    warnings,
  };
}
