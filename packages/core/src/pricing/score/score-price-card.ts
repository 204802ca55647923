// Scores an extracted price card against a page's truth: which truth prices were found (recall) and,
// where the truth lists every price, which extracted prices are not on the page (precision).
import type { Price, PriceCard } from "../types";
import type { PageTruth, TruthPrice } from "./corpus-truth";
import { amountsEqual, scoreModelKey } from "./score-key";

export interface PriceCardScore {
  statusExpected: PageTruth["status"];
  statusFound: PriceCard["status"];
  truthPrices: number;
  found: number;
  missed: TruthPrice[];
  /** Extracted USD token prices checked against a complete truth (0 when the truth is partial). */
  checked: number;
  /** Of those, the ones the page does not state. */
  spurious: Price[];
}

function slotOf(model: string, dimension: string, tier: string, contextAbove: number | null | undefined): string {
  return [scoreModelKey(model), dimension, tier || "standard", contextAbove ?? ""].join("\u0000");
}

export function scorePriceCard(truth: PageTruth, card: PriceCard): PriceCardScore {
  // The truth format has no cache TTL: a 1-hour cache write beside the default one is not checked.
  const tokenPrices = card.prices.filter((p) => p.usdPer1M !== undefined && !p.validFrom && (p.cacheTtl === undefined || p.cacheTtl === "5m"));
  // A registry's price names its model by display name and carries the listing's id ("qualifiers.id"):
  // a truth written with either names the same price.
  // So does a page's price whose row states the model's API id (`modelId`).
  const namesOf = (p: Price): string[] => [p.model, ...(typeof p.qualifiers?.id === "string" ? [p.qualifiers.id] : []), ...(p.modelId !== undefined ? [p.modelId] : [])];
  const extracted = new Map<string, Price[]>();
  for (const p of tokenPrices) {
    for (const name of namesOf(p)) {
      const key = slotOf(name, p.dimension, p.tier, p.contextAbove);
      extracted.set(key, [...(extracted.get(key) ?? []), p]);
    }
  }
  const stated = new Map<string, TruthPrice[]>();
  for (const t of truth.prices) {
    const key = slotOf(t.model, t.dimension, t.tier, t.contextAbove);
    stated.set(key, [...(stated.get(key) ?? []), t]);
  }
  const missed = truth.prices.filter((t) => !(extracted.get(slotOf(t.model, t.dimension, t.tier, t.contextAbove)) ?? []).some((p) => amountsEqual(t.usdPer1M, p.usdPer1M)));
  const spurious = truth.complete
    ? tokenPrices.filter((p) => !namesOf(p).some((name) => (stated.get(slotOf(name, p.dimension, p.tier, p.contextAbove)) ?? []).some((t) => amountsEqual(t.usdPer1M, p.usdPer1M))))
    : [];
  return {
    statusExpected: truth.status,
    statusFound: card.status,
    truthPrices: truth.prices.length,
    found: truth.prices.length - missed.length,
    missed,
    checked: truth.complete ? tokenPrices.length : 0,
    spurious,
  };
}
