// The model-name grammar: what a model's name may look like, and the qualifiers a page writes next
// to it. "Claude Sonnet 4.5 starting September 1" is Claude Sonnet 4.5 with validFrom; "X through
// August 31" has validUntil; "X (retired, except on Y)" is X with a lifecycle fact; "Gemini 2.5 Pro
// >200k" is Gemini 2.5 Pro above 200K tokens of context. Footnote and note text ("550 hours",
// "Additional usage beyond 1") and column headers in capitals ("CODE DESCRIPTION") are not models.
// Extraction, diff, cost and crosscheck all read names through this one grammar.
import { parseDate } from "../extract/parse-date";
import { isCloudRegionCode } from "./read-cloud-region";

export type ModelLifecycle = "deprecated" | "retired" | "legacy" | "retiring";

export interface ParsedModelName {
  /** The model's name without markup, footnote marks or qualifiers ("" when nothing is left). */
  name: string;
  validFrom?: string;
  validUntil?: string;
  lifecycle?: ModelLifecycle;
  contextAbove?: number;
  contextUpTo?: number;
  /** Why the text is not a model's name, when it is not one. */
  rejected?: string;
}

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DATE = String.raw`(?:\d{4}-\d{2}-\d{2}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?:,?\s+\d{4})?|\d{1,2}\/\d{1,2}\/\d{4})`;
// "starting September 1", "(from 2026-09-01)", "- effective Oct 1, 2026", "through August 31", "until Dec 31".
const DATED = new RegExp(
  String.raw`\s*[-–—,]?\s*[([]?\s*((?:starting(?:\s+on|\s+from)?|effective(?:\s+on|\s+from|\s+as\s+of)?|beginning(?:\s+on)?|as\s+of|from|until|till|through|thru|ending(?:\s+on)?|ends?(?:\s+on)?|expires?(?:\s+on)?|valid\s+until)\s+(?:the\s+)?${DATE})\s*[)\]]?\s*$`,
  "i",
);
// "(retired, except on Bedrock)", "(deprecated)", "(legacy)", "(retiring 2026-01-05)", "— deprecated".
const LIFECYCLE = /\s*[-–—,]?\s*[([]\s*(deprecated|retired|legacy|retiring|deprecating|sunset(?:ting)?)\b([^)\]]*)[)\]]\s*$|\s+[-–—]\s*(deprecated|retired|legacy)\s*$|\s+(deprecated|legacy)\s*$/i;
// "≤200k", ">200k", "(<272K context length)", "(prompts > 200K tokens)", "200K+".
const CONTEXT = /\s*[([]?\s*(?:prompts?\s*)?(≤|<=|<|≥|>=|>|over|above|up to|under)\s*(\d+(?:\.\d+)?)\s*([km])\b\s*(?:tokens?)?\s*(?:context(?:\s+length|\s+window)?|prompts?|input)?\s*[)\]]?\s*$/i;
// Release status and listing badges: "(new)", "(beta)", "(preview)", "(public preview)", "(GA)".
const LISTING_NOTE = /\s*\((?:new|beta|latest|recommended|default|premium|popular|(?:public |private )?preview(?: available)?|ga|generally available|coming soon)\)\s*$/i;

// Words a note or sentence opens with, never a model.
const NOTE_OPENERS = /^(?:additional|extra|includes?|including|beyond|each|every|per|first|next|then|after|over|under|above|below|up to|total|minimum|maximum|min|max\.|free|starting|prices?|pricing|note|notes|see|for|when|if|the|a|an|all|any|other|our|your|this|that|these|those|only|plus|and|or|with|without|based|billed|charged|usage|applies|available)\b/i;
const UNIT_AFTER_NUMBER = /^\d[\d,.]*\s*(?:%|hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|months?|years?|tokens?|requests?|calls?|images?|characters?|chars?|words?|pages?|queries|searches|gb|mb|tb|k|m|b|x|million|thousand|billion|credits?|seats?|users?)\b/i;
const HEADER_WORDS = /\b(?:DESCRIPTION|NAME|MODEL|MODELS|PRICE|PRICES|PRICING|INPUT|OUTPUT|TYPE|UNIT|UNITS|TIER|REGION|CATEGORY|SERVICE|FEATURE|FEATURES|USAGE|COST|RATE|RATES|TOTAL|NOTES?|DETAILS|SKU|METER)\b/;
const SECTION_ABOUT_MODELS = /^(?:(?:ai|llm|language|chat|text|supported|available|featured|popular|recommended|other|all|our)\s+)?models?(?:\s+(?:recommendations?|selection(?:\s+guide)?|overview|comparison|list|pricing|prices|guide|details|families|catalog(?:ue)?|specifications?|lineup|capabilities))?$/i;
const SENTENCE_WORDS = /\s(?:is|are|was|were|will|can|may|must|has|have|of the|than|beyond|per|which|that|where|when)\s/i;

function stripMarkup(raw: string): string {
  let text = raw.replace(/[\u00b9\u00b2\u00b3\u2070-\u209f\u2020\u2021\u00a7]/g, "").normalize("NFKC");
  for (let previous = ""; previous !== text; ) {
    previous = text;
    text = text.replace(/!?\[([^[\]]*)\]\([^()]*\)/g, "$1").replace(/\[([^[\]]*)\]\[[^[\]]*\]/g, "$1");
  }
  return text
    // "[ZAI]ZAI GLM 4.7": a vendor's logo written as its tag before the name.
    .replace(/^\s*\[[A-Z][A-Z0-9 ._&-]{1,24}\]\s*(?=\S)/, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\\([\\`*_{}[\]()#+\-.!|$])/g, "$1")
    .replace(/\[\^?\d+\]|\[\*+\]/g, "")
    .replace(/\*+|`+|~~|__/g, "")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/^[\s|#>:•-]+|[\s|:;,]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const memo = new Map<string, ParsedModelName>();

export function parseModelName(raw: string, now?: Date): ParsedModelName {
  const memoKey = now === undefined ? raw : `${raw}\u0000${now.toISOString().slice(0, 10)}`;
  const hit = memo.get(memoKey);
  if (hit !== undefined) return { ...hit };
  const parsed = parse(raw, now);
  if (memo.size > 50_000) memo.clear();
  memo.set(memoKey, parsed);
  return { ...parsed };
}

function parse(raw: string, now: Date | undefined): ParsedModelName {
  let name = stripMarkup(raw);
  const out: ParsedModelName = { name };
  // Qualifiers come off the end, one at a time, in any order.
  for (let changed = true; changed && name !== ""; ) {
    changed = false;
    const dated = DATED.exec(name);
    if (dated) {
      const phrase = parseDate(dated[1]!, now)[0];
      if (phrase) {
        if (phrase.kind === "from") out.validFrom ??= phrase.date;
        else out.validUntil ??= phrase.date;
        name = name.slice(0, dated.index).trim();
        changed = true;
        continue;
      }
    }
    const life = LIFECYCLE.exec(name);
    if (life && life.index > 0) {
      const word = (life[1] ?? life[3] ?? life[4] ?? "").toLowerCase();
      out.lifecycle ??= word.startsWith("retir") ? (word === "retiring" ? "retiring" : "retired") : word.startsWith("legacy") ? "legacy" : "deprecated";
      const date = parseDate(`until ${(life[2] ?? "").replace(/^[\s,:]*(?:on|in)?\s*/i, "")}`, now)[0];
      if (date && out.lifecycle === "retiring") out.validUntil ??= date.date;
      name = name.slice(0, life.index).trim();
      changed = true;
      continue;
    }
    const context = CONTEXT.exec(name);
    if (context && context.index > 0) {
      const tokens = Math.round(Number(context[2]) * (context[3]!.toLowerCase() === "k" ? 1000 : 1_000_000));
      if (/^(?:>|≥|>=|over|above)$/i.test(context[1]!)) out.contextAbove ??= tokens;
      else out.contextUpTo ??= tokens;
      name = name.slice(0, context.index).trim();
      changed = true;
      continue;
    }
    const note = LISTING_NOTE.exec(name);
    if (note && note.index > 0) {
      name = name.slice(0, note.index).trim();
      changed = true;
    }
  }
  out.name = name.replace(/[\s\-–—,:;]+$/, "").trim();
  const rejected = rejection(out.name);
  if (rejected !== undefined) out.rejected = rejected;
  return out;
}

function rejection(name: string): string | undefined {
  if (name === "") return "empty";
  if (name.length > 80) return "too long for a name";
  if (!/[A-Za-z\u4e00-\u9fff]/.test(name)) return "no letters";
  if (UNIT_AFTER_NUMBER.test(name)) return "a quantity, not a name";
  if (isCloudRegionCode(name)) return "a cloud region";
  // "Model Recommendations", "Models overview", "Supported Models": a section about models, not one.
  if (SECTION_ABOUT_MODELS.test(name)) return "a section heading";
  // "category: reference", "type: text": a field and its value, not a name ("Anthropic: Claude Opus 5" is).
  if (/^[a-z][a-z _-]{0,24}:\s/.test(name)) return "a field and its value";
  if (/[.?!]$/.test(name) || /\s(?:\d+(?:\.\d+)?)$/.test(name) && NOTE_OPENERS.test(name)) return "note text";
  if (NOTE_OPENERS.test(name) && !/\d/.test(name.split(/\s+/)[0]!) && name.split(/\s+/).length >= 2 && /^[a-z]/i.test(name) && !/^(?:o\d|gpt|grok|claude|gemini|llama|mistral|qwen|deepseek)/i.test(name)) {
    return "note text";
  }
  // Words in parentheses qualify a priced item ("Web search (reasoning models, including gpt-5)"); they do not make it a sentence.
  const words = name.replace(/\([^)]*\)/g, " ").trim().split(/\s+/);
  // "CODE DESCRIPTION", "MODEL NAME": a column header in capitals ("CLAUDE INSTANT" stays a model).
  if (words.length >= 2 && /^[A-Z][A-Z &/()-]+$/.test(name) && HEADER_WORDS.test(name)) return "a heading in capitals";
  if (words.length > 7 || (words.length > 4 && SENTENCE_WORDS.test(` ${words.join(" ")} `))) return "a sentence";
  return undefined;
}
