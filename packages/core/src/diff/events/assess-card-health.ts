// Card health: a new card that lost a large share of the previous card's prices while the page still
// names those models was not read properly (a layout change on the provider's page), so it is
// "degraded": no removal is reported and the source's owners hear about the extraction itself.
import { mentionsModel, type ModelMentionIndex } from "../../pricing/models/index-model-mentions";
import type { PriceCard } from "../../pricing/types";
import { modelNameKey } from "./price-identity";

export interface CardHealth {
  status: "ok" | "degraded";
  /** Prices of the previous card whose models the new card lost although the new page names them. */
  lostPrices: number;
  previousPrices: number;
  /** Those models, by name. */
  lostModels: string[];
}

/** A loss this large, of at least this many prices, is a reading failure rather than an edit. */
const DEGRADED_SHARE = 0.3;
const DEGRADED_MIN_PRICES = 4;

/** `afterMentions` gives the new page's model-mention index (built only when a model was lost). */
export function assessCardHealth(before: PriceCard, after: PriceCard, afterMentions: () => ModelMentionIndex): CardHealth {
  const previousPrices = before.prices.length;
  const healthy: CardHealth = { status: "ok", lostPrices: 0, previousPrices, lostModels: [] };
  if (before.status !== "ok" || previousPrices === 0) return healthy;
  const kept = new Set(after.prices.map((p) => modelNameKey(p.model)));
  const lostByModel = new Map<string, { name: string; prices: number }>();
  for (const price of before.prices) {
    const key = modelNameKey(price.model);
    if (kept.has(key)) continue;
    const entry = lostByModel.get(key) ?? { name: price.model, prices: 0 };
    entry.prices++;
    lostByModel.set(key, entry);
  }
  if (lostByModel.size === 0) return healthy;
  const index = afterMentions();
  const lost = [...lostByModel.values()].filter((m) => mentionsModel(index, m.name));
  const lostPrices = lost.reduce((sum, m) => sum + m.prices, 0);
  const degraded = after.status !== "ok" ? lostPrices > 0 : lostPrices >= DEGRADED_MIN_PRICES && lostPrices >= DEGRADED_SHARE * previousPrices;
  return { status: degraded ? "degraded" : "ok", lostPrices, previousPrices, lostModels: lost.map((m) => m.name) };
}
