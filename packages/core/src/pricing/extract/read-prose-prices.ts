// Reads prices stated in sentences: "Command pricing is $1.00/1M tokens for input and $2.00/1M tokens for output",
// "costs $2 per 1M input tokens and $8 per 1M output tokens", "Using Claude Opus 4.6 at $5/MTok input".
import { classifyLabel } from "./classify-label";
import { isDimensional } from "./is-dimensional";
import { cleanModelName } from "../models/clean-model-name";
import { findKnownModels } from "./find-known-models";
import { findSectionContext } from "./find-section-context";
import { leadingModel } from "./leading-model";
import type { PageIndex } from "./index-page";
import { looksGlued } from "./looks-glued";
import { looksLikeModelName } from "./looks-like-model-name";
import { mergeTraits } from "./merge-traits";
import { parseDate } from "./parse-date";
import { parsePriceCell } from "./parse-price-cell";
import { splitModelNames } from "./split-model-names";
import type { PriceCandidate, PriceMention, Traits } from "./types";

const SUBJECT = /^(?:for\s+|using\s+)?(.+?)\s+(?:models?\s+)?(?:\([^)]*\)\s+)?(?:on the api\s+|via the api\s+)?(?:(?:pricing|prices?)\s+(?:is|are|will\s+be)|(?:is|are|will\s+be)\s+(?:priced|charged|billed)\s+at|costs?|will\s+cost|(?:drops?|falls?|rises?|goes|go|moves?|changes?)\s+to|will\s+(?:drop|fall|rise|go|move|change)\s+to)\b/i;
const DATE_HINT = /\d{4}-\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
// "From September 1, 2026, Claude X will cost ...": the date clause before the subject.
const LEADING_DATE = /^(?:(?:starting|effective|beginning|from|as of|on|until|through)\b[^,]{3,40},\s*)/i;

// "For `command-r-08-2024`, input tokens are priced at $0.15/M and output tokens at $0.60/M."
const FOR_CLAUSE = /^for\s+(.{2,80}?),\s+(?=.*\b(?:priced|costs?|charged|billed)\b)/i;

// "The model ID is `moonshotai/Kimi-K2-Instruct-0905` and the pricing is $1.00 per 1M input tokens ...".
const MODEL_ID_CLAUSE = /\bmodel(?:'s)?\s+(?:id|name)\s+is\s+`([^`\s]{2,100})`(?=.*\bpric(?:e|es|ing)\s+(?:is|are)\b)/i;

function subjectModels(sentence: string): string[] {
  const text = sentence.replace(/^\s*(?:[-*•]|\d+\.)\s+/, "").replace(/\*\*/g, "").replace(LEADING_DATE, "");
  const id = MODEL_ID_CLAUSE.exec(text)?.[1];
  if (id !== undefined && looksLikeModelName(id)) return [id];
  const m = FOR_CLAUSE.exec(text) ?? SUBJECT.exec(text);
  if (!m) return [];
  const name = cleanModelName(m[1]!.replace(/^(?:the|our)\s+/i, ""));
  const traits = classifyLabel(name);
  if (!looksLikeModelName(name) || isDimensional(traits)) return [];
  if (!/[A-Z0-9]/.test(name) || /^(?:it|this|that|they|which|each|these|those|everything|usage|pricing)$/i.test(name)) return [];
  return splitModelNames(name);
}

function dimensionOf(text: string): Traits {
  const t = classifyLabel(text);
  return { io: t.io, cache: t.cache, kind: t.kind, modality: t.modality, cacheTtl: t.cacheTtl, tier: t.tier === "standard" ? undefined : t.tier };
}

/**
 * The dates a sentence gives its price: a date clause opening the sentence ("From September 1, 2026, X will
 * cost $2 input and $10 output") dates every price in it; otherwise a date between the previous price and
 * this one, or after this one before the next ("$3 until May 1"). "from" is a scheduled price, "until" a promotion.
 */
function datesOf(text: string, mentions: PriceMention[], k: number, now: Date | undefined): Traits {
  const at = mentions[k]!.start;
  const stop = text.lastIndexOf(". ", at);
  const sentenceStart = stop < 0 ? 0 : stop + 2;
  const opening = LEADING_DATE.exec(text.slice(sentenceStart).replace(/^\s*(?:[-*•]|\d+\.)\s+/, ""));
  const prevEnd = k > 0 && mentions[k - 1]!.end > sentenceStart ? mentions[k - 1]!.end : sentenceStart;
  const nextStart = k + 1 < mentions.length ? mentions[k + 1]!.start : text.length;
  const sentenceEnd = text.indexOf(". ", at);
  const own = `${text.slice(prevEnd, at)} ${text.slice(mentions[k]!.end, Math.min(nextStart, sentenceEnd < 0 ? text.length : sentenceEnd))}`;
  const out: Traits = {};
  for (const dated of [...(opening ? parseDate(opening[0], now) : []), ...parseDate(own, now)]) {
    if (dated.kind === "from" && out.validFrom === undefined) out.validFrom = dated.date;
    if (dated.kind === "until" && out.validUntil === undefined) {
      out.validUntil = dated.date;
      out.tier = "promo";
    }
  }
  return out;
}

export function readProsePrices(page: PageIndex, known: Set<string>, skip: Set<number>, now?: Date): { candidates: PriceCandidate[] } {
  const candidates: PriceCandidate[] = [];
  for (let i = 0; i < page.lines.length; i++) {
    const line = page.lines[i]!;
    if (line.kind !== "text" || skip.has(i) || looksGlued(line.text)) continue;
    const mentions = parsePriceCell(line.text);
    if (mentions.length === 0) continue;
    const context = findSectionContext(page, i);
    let models = subjectModels(line.text);
    if (models.length === 0) models = leadingModel(line.text);
    if (models.length === 0) models = findKnownModels(line.text, known);
    if (models.length === 0) models = context.models;
    if (models.length === 0) continue;
    for (const mention of mentions) {
      if (mention.approximate || mention.note.subscription || mention.unit === null) continue;
      // "for input", "input tokens" after the amount; else the words just before it ("input at $3").
      const after = dimensionOf(mention.noteText.split(/[,;]|\band\b/)[0]!.slice(0, 40));
      const before = dimensionOf(mention.labelText.slice(-30));
      const dim = isDimensional(after) ? after : before;
      const dated = DATE_HINT.test(line.text) ? datesOf(line.text, mentions, mentions.indexOf(mention), now) : undefined;
      const traits = mergeTraits(context.traits, dim, mention.note, dated, { unit: mention.unit, currency: mention.currency ?? undefined });
      if (traits.subscription || traits.free) continue;
      if (!isDimensional(traits) && /tokens?$/.test(mention.unit)) continue;
      for (const model of models) {
        known.add(model);
        candidates.push({ model, traits, amountText: mention.amountText, amount: mention.amount, evidence: line.text.trim(), line: i });
      }
    }
  }
  return { candidates };
}
