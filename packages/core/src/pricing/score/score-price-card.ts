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

function sameSlot(truth: TruthPrice, price: Price): boolean {
  return (
    scoreModelKey(truth.model) === scoreModelKey(price.model) &&
    truth.dimension === price.dimension &&
    truth.tier === (price.tier || "standard") &&
    (truth.contextAbove ?? null) === (price.contextAbove ?? null)
  );
}

export function scorePriceCard(truth: PageTruth, card: PriceCard): PriceCardScore {
  const tokenPrices = card.prices.filter((p) => p.usdPer1M !== undefined && !p.validFrom);
  const missed = truth.prices.filter((t) => !tokenPrices.some((p) => sameSlot(t, p) && amountsEqual(t.usdPer1M, p.usdPer1M)));
  const spurious = truth.complete
    ? tokenPrices.filter((p) => !truth.prices.some((t) => sameSlot(t, p) && amountsEqual(t.usdPer1M, p.usdPer1M)))
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
