// Reads prices written as label and amount outside tables, under a heading that names the model:
// "Input: $0.25 / MTok", "Input$1.25 / 1M tokens", or "Input" on one line and "$5 / MTok" on the next.
import { classifyLabel } from "./classify-label";
import { isDimensional } from "./is-dimensional";
import { findSectionContext } from "./find-section-context";
import { readLeadingModel } from "./leading-model";
import type { PageIndex } from "./index-page";
import { looksGlued } from "./looks-glued";
import { looksLikeModelName } from "./looks-like-model-name";
import { mergeTraits } from "./merge-traits";
import { parseContextTier } from "./parse-context-tier";
import { cleanPriceText, parsePriceCell } from "./parse-price-cell";
import { PRICE_WORD } from "./price-words";
import { readPricePair } from "./read-price-pair";
import type { PriceCandidate, PriceMention, Traits } from "./types";

const QUALIFIER_KEY = /^(quality|resolution|size|mode)$/i;
const GENERIC_LABEL = new RegExp(String.raw`^(?:${PRICE_WORD}|usage|fee|amount|additional hours|starting at|from)$`, "i");
const MAX_LABEL_WORDS = 6;
// A card's figures ("256,000", "2Mtpm", "480rpm", "128K") label nothing.
const QUANTITY = /^[\d.,]+\s*(?:[kmb]|[a-z]{2,4})?$/i;

const LEADING_PRICE_LABEL = new RegExp(String.raw`^${PRICE_WORD}\s*[:：]`, "i");

/**
 * The model a line names and nothing else, in bold ("**deepseek-ai/DeepSeek-R1**"), or a card's model field
 * ("- Model: `voyage-context-3`"): the card's title.
 */
function modelTitle(text: string): string | undefined {
  const field = /^(?:\*\*)?(?:model|model id|model name|api id|model identifier)(?:\*\*)?\s*[:：]\s*(?:\*\*)?`?([^`*]+?)`?(?:\*\*)?$/i.exec(text.trim());
  if (field) return looksLikeModelName(field[1]!.trim()) ? field[1]!.trim() : undefined;
  const bold = /^(?:\*\*|__)([^*_]+)(?:\*\*|__)$/.exec(text.trim());
  if (!bold) return undefined;
  const name = bold[1]!.trim();
  return /\d/.test(name) && looksLikeModelName(name) && !isDimensional(classifyLabel(name)) ? name : undefined;
}

function residue(text: string, mentions: PriceMention[]): string {
  let out = text;
  for (const m of [...mentions].reverse()) out = out.slice(0, m.start) + " " + out.slice(m.end);
  return out.replace(/\([^)]*\)/g, " ").replace(/[*_`[\]]/g, " ").trim();
}

/** Returns the candidates and the lines it read, so the prose reader leaves them alone. */
export function readLabelledPrices(page: PageIndex): { candidates: PriceCandidate[]; orphans: number[]; read: Set<number> } {
  const out = { candidates: [] as PriceCandidate[], orphans: [] as number[], read: new Set<number>() };
  let labels: string[] = [];
  let qualifiers: Record<string, string> = {};
  let qualifierKey: string | null = null;
  let section = -1;
  // A heading names the prices of its card; after prices and a new paragraph, a new untitled card starts.
  let sawPrice = false;
  let proseAfterPrice = false;
  // A line that is only a model's name in bold ("- **deepseek-ai/DeepSeek-R1**") titles the price lines under it.
  let titled: string[] = [];
  // "For Opus 4.6, Sonnet 4.5, Sonnet 4 with >200K input tokens:" bounds the prompts of the price lines it introduces.
  let introduced: Traits | undefined;
  for (let i = 0; i < page.lines.length; i++) {
    const line = page.lines[i]!;
    if (line.kind === "heading" || line.section !== section) {
      labels = [];
      qualifiers = {};
      qualifierKey = null;
      section = line.section;
      sawPrice = false;
      proseAfterPrice = false;
      titled = [];
      introduced = undefined;
    }
    if (line.kind !== "text") continue;
    const text = line.text.replace(/^\s*(?:[-*•]|\d+\.)\s+/, "").trim();
    // The text the price reader sees (markup and escapes gone), so the mentions' offsets are offsets into it.
    const plain = cleanPriceText(text);
    const mentions = looksGlued(text) ? [] : readPricePair(parsePriceCell(plain), findSectionContext(page, i).traits.unit);
    const title = mentions.length === 0 ? modelTitle(text) : undefined;
    if (title !== undefined) {
      titled = [title];
      labels = [];
      proseAfterPrice = false;
      continue;
    }
    if (mentions.length === 0 && /[:：]\s*$/.test(text)) {
      const bound = parseContextTier(text);
      introduced = bound.contextAbove !== undefined ? { contextAbove: bound.contextAbove } : undefined;
    }
    if (mentions.length === 0) {
      const words = text.split(/\s+/).length;
      if (sawPrice && text.length > 40) proseAfterPrice = true;
      if (text.length > 40 || words > 5 || /[.?!]$/.test(text)) continue;
      if (QUALIFIER_KEY.test(text)) qualifierKey = text.toLowerCase();
      else if (qualifierKey !== null) {
        qualifiers = { ...qualifiers, [qualifierKey]: text };
        qualifierKey = null;
      } else if (!QUANTITY.test(text)) labels = [...labels.slice(-1), text];
      continue;
    }
    // "Cost: $0.23 (in) / $0.40 (out) per million tokens." is labelled; "It costs $5 for ..." is prose.
    // "**DeepSeek V3** (`deepseek-ai/DeepSeek-V3`): $1.25 per million tokens, excellent balance of ...": what
    // follows the last price after a comma or dash describes the model.
    const lastEnd = mentions[mentions.length - 1]!.end;
    const described = /^\s*(?:[,;]|\s[–—-])\s+\p{L}/u.test(plain.slice(lastEnd)) ? plain.slice(0, lastEnd) : plain;
    // A line that opens with a model's name prices that model, whatever its heading names.
    const { names: lead, id: statedId } = readLeadingModel(text);
    // "`qwen/qwen3-coder` - Specialized for complex coding ($2.00/M tokens)": the words between the name and
    // the parenthesised prices that end the line describe the model.
    const closing = lead.length > 0 ? /\(([^()]*)\)\s*[.;]?\s*$/.exec(plain) : null;
    const describedBefore = closing !== null && mentions.every((m) => m.start > closing.index && m.end < closing.index + closing[0].length);
    const rest = describedBefore ? "" : residue(described, mentions).replace(LEADING_PRICE_LABEL, "");
    if (rest.split(/\s+/).filter(Boolean).length > MAX_LABEL_WORDS || /\b(?:and|is|are|costs?|at|for|it)\b/i.test(rest)) continue;
    out.read.add(i);
    const context = findSectionContext(page, i);
    const pending = labels.join(" ");
    labels = [];
    qualifierKey = null;
    sawPrice = true;
    const leadId = titled.length === 0 ? statedId : undefined;
    const models = titled.length > 0 ? titled : lead.length > 0 ? lead : context.models.length > 0 && !proseAfterPrice ? context.models : [];
    if (models.length === 0) {
      if (mentions.some((m) => !m.note.subscription && !m.approximate)) out.orphans.push(i);
      continue;
    }
    for (const mention of mentions) {
      if (mention.approximate || mention.note.subscription) continue;
      const labelText = mention.labelText !== "" ? mention.labelText : pending;
      const label = mention.labelText !== "" ? mention.label : classifyLabel(pending);
      let item: Traits | undefined;
      const dimensional = isDimensional(label);
      const cleanLabel = labelText.replace(/[*_`:]/g, "").trim();
      // A label that is the model's own name ("**acme-2**: $3 / 1M input tokens") is no item of it.
      const namesModel = models.some((m) => cleanLabel.toLowerCase().includes(m.toLowerCase()));
      // A region label ("us-east-1") is already the price's region qualifier.
      const regional = label.qualifiers?.region !== undefined;
      if (!dimensional && !namesModel && !regional && cleanLabel !== "" && !GENERIC_LABEL.test(cleanLabel) && cleanLabel.split(/\s+/).length <= 4) {
        item = { qualifiers: { item: cleanLabel } };
      }
      const traits = mergeTraits(context.traits, introduced, Object.keys(qualifiers).length > 0 ? { qualifiers } : undefined, label, item,
        mention.note, { unit: mention.unit ?? undefined, currency: mention.currency ?? undefined });
      if (traits.subscription || traits.free) continue;
      for (const model of models) {
        out.candidates.push({ model, ...(leadId !== undefined && lead.includes(model) && { modelId: leadId }), traits, amountText: mention.amountText, amount: mention.amount, evidence: line.text.trim(), line: i });
      }
    }
  }
  return out;
}
