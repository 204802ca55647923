// The stable order of change events: kind group, then provider, model, dimension, tier, context band.
import type { ChangeEvent, ChangeEventKind } from "../types";
import { modelNameKey } from "./price-identity";

const KIND_RANK: Record<ChangeEventKind, number> = {
  model_added: 0,
  model_removed: 1,
  model_renamed: 2,
  tier_added: 3,
  tier_removed: 4,
  price_increase: 5,
  price_decrease: 5,
  scheduled_change: 6,
};

// Readers scan a model's prices in the order pages print them, not alphabetically.
const DIMENSION_RANK = ["input", "output", "cache_write", "cache_read", "request"];
const TIER_RANK = ["standard", "batch", "flex", "priority", "off_peak", "promo"];

export function orderChangeEvents(events: ChangeEvent[]): ChangeEvent[] {
  return [...events].sort(compareChangeEvents);
}

function compareChangeEvents(a: ChangeEvent, b: ChangeEvent): number {
  return (
    KIND_RANK[a.kind] - KIND_RANK[b.kind]
    || compareText(a.provider?.toLowerCase() ?? "", b.provider?.toLowerCase() ?? "")
    || compareText(modelNameKey(a.model), modelNameKey(b.model))
    || compareText(a.model, b.model)
    || compareRanked(DIMENSION_RANK, a.dimension, b.dimension)
    || compareRanked(TIER_RANK, a.tier, b.tier)
    || (a.contextAbove ?? -1) - (b.contextAbove ?? -1)
    || compareText(a.cacheTtl ?? "", b.cacheTtl ?? "")
    || compareText(JSON.stringify(a.qualifiers ?? {}), JSON.stringify(b.qualifiers ?? {}))
    || compareText(a.effectiveAt ?? "", b.effectiveAt ?? "")
    || compareText(a.kind, b.kind)
    || compareText(a.change ?? "", b.change ?? "")
    || compareText(a.previousModel ?? "", b.previousModel ?? "")
    || compareText(a.currency ?? "", b.currency ?? "")
    || compareText(a.unit ?? "", b.unit ?? "")
  );
}

/** Known values in their natural order first, absent values before them, unknown ones after, alphabetically. */
function compareRanked(order: string[], a: string | undefined, b: string | undefined): number {
  const rank = (value: string | undefined): number => {
    if (value === undefined) return -1;
    const index = order.indexOf(value);
    return index === -1 ? order.length : index;
  };
  return rank(a) - rank(b) || compareText(a ?? "", b ?? "");
}

// Code-point order, not localeCompare: the order must not depend on the machine's locale.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
