// Turns new content into stored price points and change events: the price card of the new snapshot,
// compared with the card of the snapshot it replaced, every event verified against both versions'
// text (what fails is an extraction gap on the snapshot), and a card that lost many prices while the
// page still names their models marked "degraded". Runs inside the snapshot's transaction.
import { describeChangeEvent, diffDocuments, readPriceCard, type ChangeEvent, type Price, type PriceCard } from "@ratecard/core";
import type { AnalysePrices, PriceAnalysis, Source } from "@ratecard/db";

export function createPriceAnalyser(source: Pick<Source, "kind" | "provider">, now: Date): AnalysePrices | undefined {
  if (source.kind !== "page" && source.kind !== "registry") return undefined;
  const kind = source.kind;
  const read = (text: string) => readPriceCard({ kind, text, provider: source.provider, now });
  return (previous, next) => {
    try {
      const card = read(next.normalizedText);
      const pageGaps = card.gaps ?? [];
      if (!previous) return { ...toAnalysis(card, [], source.provider), extractionGaps: pageGaps };
      const diff = diffDocuments({ card: read(previous.normalizedText), text: previous.normalizedText }, { card, text: next.normalizedText }, { now });
      const analysis = toAnalysis(card, diff.events, source.provider);
      if (diff.health.status === "degraded") {
        analysis.cardStatus = "degraded";
        analysis.cardHealth = { lostPrices: diff.health.lostPrices, previousPrices: diff.health.previousPrices, lostModels: diff.health.lostModels };
        analysis.cardWarnings = [
          ...analysis.cardWarnings,
          `extraction degraded: ${diff.health.lostPrices} of ${diff.health.previousPrices} prices of the previous version were not read, while the page still names ${diff.health.lostModels.slice(0, 5).join(", ")}${diff.health.lostModels.length > 5 ? ", ..." : ""}`,
        ];
      }
      return { ...analysis, extractionGaps: [...diff.gaps, ...pageGaps] };
    } catch (error) {
      // A bug in extraction must not lose the snapshot: store it unanalysed, with the reason.
      return { cardStatus: "error", cardWarnings: [`price extraction failed: ${(error as Error).message}`], pricePoints: [], events: [] };
    }
  };
}

export function toAnalysis(card: PriceCard, events: ChangeEvent[], sourceProvider: string | null): PriceAnalysis {
  return {
    cardStatus: card.status,
    cardWarnings: card.warnings,
    pricePoints: card.prices.map((price) => toPricePointRow(price, card.provider ?? sourceProvider)),
    events: events.map((event) => {
      const provider = event.provider ?? card.provider ?? sourceProvider;
      const qualifiers = { ...(event.qualifiers ?? {}), ...(event.change ? { change: event.change } : {}) };
      return {
        kind: event.kind,
        provider,
        model: event.model,
        previousModel: event.previousModel ?? null,
        dimension: event.dimension ?? null,
        tier: event.tier ?? null,
        contextAbove: event.contextAbove ?? null,
        cacheTtl: event.cacheTtl ?? null,
        qualifiers: Object.keys(qualifiers).length > 0 ? qualifiers : undefined,
        unit: event.unit ?? null,
        currency: event.currency ?? null,
        oldValue: event.old ?? null,
        newValue: event.new ?? null,
        pctChange: event.pctChange ?? null,
        oldEvidence: event.oldEvidence ?? null,
        newEvidence: event.newEvidence ?? null,
        effectiveAt: event.effectiveAt ? new Date(event.effectiveAt) : null,
        summary: describeChangeEvent(event, provider),
      };
    }),
  };
}

function toPricePointRow(price: Price, cardProvider: string | null): PriceAnalysis["pricePoints"][number] {
  const qualifiers = { ...(price.qualifiers ?? {}), ...(price.contextUpTo !== undefined ? { contextUpTo: String(price.contextUpTo) } : {}) };
  return {
    provider: price.provider ?? cardProvider ?? "unknown",
    model: price.model,
    dimension: price.dimension,
    tier: price.tier,
    contextAbove: price.contextAbove ?? null,
    cacheTtl: price.cacheTtl ?? null,
    qualifiers: Object.keys(qualifiers).length > 0 ? qualifiers : undefined,
    amount: price.amount,
    unit: price.unit,
    currency: price.currency,
    usdPer1M: price.usdPer1M ?? null,
    evidence: price.evidence,
    validFrom: price.validFrom ? new Date(price.validFrom) : null,
    validUntil: price.validUntil ? new Date(price.validUntil) : null,
  };
}
