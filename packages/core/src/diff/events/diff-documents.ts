// The change events between two versions of a document, verified against both versions' text, with
// the extraction gaps found on the way and the new card's health: what `ratecard diff`, the worker's
// analysis and the scorecard all report.
import { lazyOfferedModelMentions } from "../../pricing/models/drop-retirement-passages";
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
  // The new page's model mentions serve the health check and the verification alike, indexed once.
  const mentions = { before: lazyOfferedModelMentions(before.text), after: lazyOfferedModelMentions(after.text) };
  const health = assessCardHealth(before.card, after.card, mentions.after);
  const raw = comparePriceCards(before.card, after.card, options);
  const verified = verifyChangeEvents(raw, { before: before.text, after: after.text }, mentions);
  return { events: verified.events, gaps: verified.gaps, health };
}
