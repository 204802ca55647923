import { modelKey, type CostCard, type Price } from "@ratecard/core";
import type { CurrentPrices } from "./list-current-price-points";
import { toCorePrice } from "./to-core-price";

/**
 * The cost ranking's input from current prices: one card per provider. A provider's own page wins
 * over a registry's copy of the same model; a registry only adds models no page states.
 */
export function buildCostCards(current: CurrentPrices[], options: { provider?: string } = {}): CostCard[] {
  const seen = new Set<string>();
  const byProvider = new Map<string, Price[]>();
  const pagesFirst = [...current].sort((a, b) => (a.source.kind === "page" ? 0 : 1) - (b.source.kind === "page" ? 0 : 1));
  for (const entry of pagesFirst) {
    const owned = new Set<string>();
    for (const row of entry.prices) {
      const provider = entry.source.kind === "page" ? (entry.source.provider ?? row.provider) : row.provider;
      if (options.provider && provider !== options.provider) continue;
      const key = `${provider}|${modelKey(row.model, provider)}`;
      if (seen.has(key) && !owned.has(key)) continue;
      seen.add(key);
      owned.add(key);
      byProvider.set(provider, [...(byProvider.get(provider) ?? []), toCorePrice(row)]);
    }
  }
  return [...byProvider].map(([provider, prices]) => ({ provider, prices }));
}
