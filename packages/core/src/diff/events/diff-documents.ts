// The change events between two versions of a document, verified against both versions' text, with
// the extraction gaps found on the way and the new card's health: what `ratecard diff`, the worker's
// analysis and the scorecard all report.
import type { PriceCard } from "../../pricing/types";
import type { ChangeEvent, ExtractionGap } from "../types";
import { assessCardHealth, type CardHealth } from "./assess-card-health";
import { comparePriceCards, type ComparePriceCardsOptions } from "./compare-price-cards";
import { verifyChangeEvents } from "./verify-change-events";

export interface DocumentDiff {
  events: ChangeEvent[];
  gaps: ExtractionGap[];
  health: CardHealth;
}

export function diffDocuments(
  before: { card: PriceCard; text: string },
  after: { card: PriceCard; text: string },
  options: ComparePriceCardsOptions = {},
): DocumentDiff {
  const health = assessCardHealth(before.card, after.card, after.text);
  const raw = comparePriceCards(before.card, after.card, options);
  const verified = verifyChangeEvents(raw, { before: before.text, after: after.text });
  return { events: verified.events, gaps: verified.gaps, health };
}
