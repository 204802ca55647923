// Reads prices stated in sentences: "Command pricing is $1.00/1M tokens for input and $2.00/1M tokens for output",
// "costs $2 per 1M input tokens and $8 per 1M output tokens", "Using Claude Opus 4.6 at $5/MTok input".
import { classifyLabel } from "./classify-label";
import { cleanModelName } from "./clean-model-name";
import { findKnownModels } from "./find-known-models";
import { findSectionContext } from "./find-section-context";
import type { PageIndex } from "./index-page";
import { looksGlued } from "./looks-glued";
import { looksLikeModelName } from "./looks-like-model-name";
import { mergeTraits } from "./merge-traits";
import { parsePriceCell } from "./parse-price-cell";
import { splitModelNames } from "./split-model-names";
import type { PriceCandidate, Traits } from "./types";

const SUBJECT = /^(?:for\s+|using\s+)?(.+?)\s+(?:models?\s+)?(?:\([^)]*\)\s+)?(?:on the api\s+|via the api\s+)?(?:pricing\s+(?:is|are)|prices?\s+(?:is|are)|is\s+priced\s+at|are\s+priced\s+at|costs?|is\s+charged\s+at|are\s+charged\s+at|is\s+billed\s+at|are\s+billed\s+at)\b/i;

function subjectModels(sentence: string): string[] {
  const m = SUBJECT.exec(sentence.replace(/^\s*(?:[-*•]|\d+\.)\s+/, "").replace(/\*\*/g, ""));
  if (!m) return [];
  const name = cleanModelName(m[1]!.replace(/^(?:the|our)\s+/i, ""));
  const traits = classifyLabel(name);
  if (!looksLikeModelName(name) || traits.io !== undefined || traits.cache !== undefined || traits.kind !== undefined) return [];
  if (!/[A-Z0-9]/.test(name) || /^(?:it|this|that|they|which|each|these|those|everything|usage|pricing)$/i.test(name)) return [];
  return splitModelNames(name);
}

function dimensionOf(text: string): Traits {
  const t = classifyLabel(text);
  return { io: t.io, cache: t.cache, kind: t.kind, modality: t.modality, cacheTtl: t.cacheTtl, tier: t.tier === "standard" ? undefined : t.tier };
}

function hasDimension(t: Traits): boolean {
  return t.io !== undefined || t.cache !== undefined || t.kind !== undefined;
}

export function readProsePrices(page: PageIndex, known: Set<string>, skip: Set<number>): { candidates: PriceCandidate[] } {
  const candidates: PriceCandidate[] = [];
  for (let i = 0; i < page.lines.length; i++) {
    const line = page.lines[i]!;
    if (line.kind !== "text" || skip.has(i) || looksGlued(line.text)) continue;
    const mentions = parsePriceCell(line.text);
    if (mentions.length === 0) continue;
    const context = findSectionContext(page, i);
    let models = subjectModels(line.text);
    if (models.length === 0) models = findKnownModels(line.text, known);
    if (models.length === 0) models = context.models;
    if (models.length === 0) continue;
    for (const mention of mentions) {
      if (mention.approximate || mention.note.subscription || mention.unit === null) continue;
      // "for input", "input tokens" after the amount; else the words just before it ("input at $3").
      const after = dimensionOf(mention.noteText.split(/[,;]|\band\b/)[0]!.slice(0, 40));
      const before = dimensionOf(mention.labelText.slice(-30));
      const dim = hasDimension(after) ? after : before;
      const traits = mergeTraits(context.traits, dim, mention.note, { unit: mention.unit, currency: mention.currency ?? undefined });
      if (traits.subscription || traits.free) continue;
      if (!hasDimension(traits) && /tokens?$/.test(mention.unit)) continue;
      for (const model of models) {
        known.add(model);
        candidates.push({ model, traits, amountText: mention.amountText, amount: mention.amount, evidence: line.text.trim(), line: i });
      }
    }
  }
  return { candidates };
}
