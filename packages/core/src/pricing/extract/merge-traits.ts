// Layers traits from the page down to a price's own note: the more specific layer wins, but a cached-input
// column keeps "cached" under an "Input" row, and a modality from any layer is kept.
import type { Traits } from "./types";

export function mergeTraits(...layers: (Traits | undefined)[]): Traits {
  const out: Traits = {};
  for (const layer of layers) {
    if (layer === undefined) continue;
    const dimensional = layer.io !== undefined || layer.cache !== undefined || layer.kind !== undefined || layer.dimension !== undefined;
    if (dimensional) {
      const keepCache = out.cache !== undefined && layer.cache === undefined && layer.io === "input" && layer.kind === undefined;
      if (!keepCache) out.cache = layer.cache;
      out.dimension = layer.dimension;
      if (layer.io !== undefined) out.io = layer.io;
      if (layer.kind !== undefined) out.kind = layer.kind;
      // An "Input"/"Output" label under a storage or search heading names a token price; embeddings stay input.
      else if (out.kind !== "embedding") delete out.kind;
    }
    if (layer.cacheTtl !== undefined) out.cacheTtl = layer.cacheTtl;
    if (layer.modality !== undefined) out.modality = layer.modality;
    if (layer.tier !== undefined && (layer.tier !== "standard" || out.tier === undefined)) out.tier = layer.tier;
    if (layer.contextAbove !== undefined) out.contextAbove = layer.contextAbove;
    if (layer.contextUpTo !== undefined) out.contextUpTo = layer.contextUpTo;
    if (layer.unit !== undefined) out.unit = layer.unit;
    if (layer.currency !== undefined) out.currency = layer.currency;
    if (layer.validFrom !== undefined) out.validFrom = layer.validFrom;
    if (layer.validUntil !== undefined) out.validUntil = layer.validUntil;
    if (layer.qualifiers !== undefined) out.qualifiers = { ...out.qualifiers, ...layer.qualifiers };
    if (layer.footnote !== undefined) out.footnote = layer.footnote;
    if (layer.free) out.free = true;
    if (layer.subscription) out.subscription = true;
  }
  // "Long context" over columns that state their bound ("> 200K tokens"): the bound says it.
  if (out.qualifiers?.context === "long" && (out.contextAbove !== undefined || out.contextUpTo !== undefined)) {
    const { context: _long, ...rest } = out.qualifiers;
    out.qualifiers = Object.keys(rest).length > 0 ? rest : undefined;
    if (out.qualifiers === undefined) delete out.qualifiers;
  }
  if (out.cache === undefined) delete out.cache;
  if (out.dimension === undefined) delete out.dimension;
  return out;
}
