// Finds the money amounts in a table cell or sentence, each with its unit and the words that qualify it.
import { classifyLabel } from "./classify-label";
import { parseContextTier } from "./parse-context-tier";
import { parseUnit } from "./parse-unit";
import { readFootnoteMarker } from "./read-footnote-marker";
import type { PriceMention, Traits } from "./types";

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)`;
// A decimal comma ("1,85 €", "1.234,50 EUR"): only next to a euro sign, and never three digits after the comma ("€1,200").
const EURO_NUMBER = String.raw`(?:\d{1,3}(?:\.\d{3})+,\d{1,2}|\d+,\d{1,2})(?!\d)`;
const MONEY = new RegExp(
  String.raw`(€|\bEUR\s?)\s?(${EURO_NUMBER})(?![\d,.]*\d)|(?<![\w.,])(${EURO_NUMBER})\s?(€|\bEUR\b)(?!\s?\d)|` +
    String.raw`(US\$|\$|€|£|¥|￥|\b(?:USD|EUR|GBP|CNY|RMB)\s?)\s?(${NUMBER})(?![\d,]*\d)|(?<![\w.,])(${NUMBER})\s?(\$|€|£|元|\b(?:USD|EUR|GBP|CNY|RMB)\b)(?!\s?\d)`,
  "g",
);
const CURRENCY: Record<string, string> = {
  "$": "USD", "US$": "USD", USD: "USD", "€": "EUR", EUR: "EUR", "£": "GBP", GBP: "GBP",
  "¥": "CNY", "￥": "CNY", "元": "CNY", CNY: "CNY", RMB: "CNY",
};
const CONVERSION = /^\s*\(\s*(?:~|≈|approx\.?\s*)?(?:US\$|\$|€|£|¥|￥|(?:USD|EUR|GBP|CNY|RMB)\s?)\s?\d[\d.,]*\s*\)/;
const APPROXIMATE = /(?:~|≈|\babout|\bapprox(?:imately|\.)?|\broughly|\baround|\bequivalent to|\bworth|\bsave|\bup to|\bonly)\s*$/i;
// A second price in a cell led by a dimension word without a colon: "$0.30 / cache $0.03", "$1 (batch $0.50)".
// "... and output tokens at $10.00/M": the label may end in the sentence's connecting words.
const INLINE_LABEL = /(?:^|[/,;(]|\s)\s*((?:cache[ds]?|cached(?:\s+input)?|cache\s+(?:hits?|reads?|writes?)|batch|output|input)(?:\s+(?:price|tokens?))?)(?:\s+(?:(?:are|is)\s+)?(?:priced\s+)?(?:at|cost|costs))?\s*$/i;
const TRAILING_DIMENSION = /^((?:cache[ds]?\s+(?:reads?|writes?|hits?)|cached\s+input|cached|input|output|prompt|completion)(?:\s+tokens?)?)\s*[.;,]?$/i;
// "Output:", "Entrada (em cache):", "Écriture en cache:": the label before a price, a parenthesised qualifier kept.
const TRAILING_LABEL = /([\p{L}\p{N}][^:$()|]*?(?:\s*\([^()$:|]*\))?)[:：]\s*$/u;
// "$0.23 (in) / $0.40 (out) per million tokens": a direction in parentheses right after the amount, before its unit.
const PAREN_DIRECTION = /^\s*\(\s*(in|out|inputs?|outputs?|prompts?|completions?|cached(?:\s+input)?|cache\s+(?:reads?|writes?|hits?)|entrada|sa[ií]da)\s*\)/i;

/** Cleans markdown escapes and inline markup that split a price ("\$3", "**$10**"). */
export function cleanPriceText(text: string): string {
  return text.replace(/\\([$~*_|])/g, "$1").replace(/\*\*|__/g, "").replace(/\{"\$"\}/g, "$").replace(/<\/?>/g, "");
}

export function parsePriceCell(raw: string): PriceMention[] {
  const text = cleanPriceText(raw);
  const found: {
    start: number; end: number; direction: string | undefined; amountText: string; marker: string | undefined; currency: string; unit: string | null; unitWords: string; subscription: boolean;
  }[] = [];
  MONEY.lastIndex = 0;
  for (let m = MONEY.exec(text); m !== null; m = MONEY.exec(text)) {
    const euro = m[2] ?? m[3];
    const symbol = (m[1] ?? m[4] ?? m[5] ?? m[8] ?? "").trim();
    const amountText = euro !== undefined ? euro.replace(/\./g, "").replace(",", ".") : (m[6] ?? m[7] ?? "").replace(/,/g, "");
    // Animated digit strips ("$0012345678900123456789") and version numbers are not prices.
    if (/^0\d/.test(amountText) || amountText.replace(".", "").length > 12) {
      // "babbage-002$0.40": the "$" may still open the next amount.
      MONEY.lastIndex = m.index + 1;
      continue;
    }
    let end = m.index + m[0].length;
    // "$3* / MTok": a footnote marker between the amount and its unit.
    const marker = /^(?:\*{1,3}|[†‡§]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|\[\d{1,2}\])(?=\s*(?:\/|per\b))/u.exec(text.slice(end));
    if (marker) end += marker[0].length;
    // "$ 2.50 (¥17.50) / M tokens": the amount in another currency restates it; the unit follows it.
    const conversion = CONVERSION.exec(text.slice(end));
    if (conversion) {
      end += conversion[0].length;
      MONEY.lastIndex = end;
    }
    const direction = PAREN_DIRECTION.exec(text.slice(end));
    if (direction) end += direction[0].length;
    const unit = parseUnit(text.slice(end));
    if (unit) end += unit.length;
    found.push({
      direction: direction?.[1],
      start: m.index, end, amountText, marker: marker ? readFootnoteMarker(marker[0], "start") : undefined, currency: CURRENCY[symbol.toUpperCase()] ?? CURRENCY[symbol] ?? "USD",
      unit: unit && !unit.subscription ? unit.unit : null, unitWords: unit?.words ?? "", subscription: unit?.subscription === true,
    });
  }
  const mentions: PriceMention[] = [];
  let stickyLabel = "";
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    const prevEnd = i === 0 ? 0 : found[i - 1]!.end;
    const before = text.slice(prevEnd, f.start);
    let labelText: string;
    if (i === 0) labelText = before;
    else {
      const trailing = TRAILING_LABEL.exec(before) ?? INLINE_LABEL.exec(before);
      labelText = trailing ? trailing[1]! : stickyLabel;
    }
    labelText = labelText.replace(/[:：]\s*$/, "").trim();
    stickyLabel = labelText;
    const nextStart = i + 1 < found.length ? found[i + 1]!.start : text.length;
    let noteText = text.slice(f.end, nextStart);
    const trailing = i + 1 < found.length ? TRAILING_LABEL.exec(noteText) : null;
    if (trailing) noteText = noteText.slice(0, trailing.index);
    noteText = noteText.trim();
    const note = noteTraits(noteText);
    // "$0.015/M cache read", "$3 per MTok input": a dimension named right after the price and its unit is its own.
    const named = TRAILING_DIMENSION.exec(noteText);
    if (named) {
      const words = classifyLabel(named[1]!);
      if (words.io !== undefined) note.io = words.io;
      if (words.cache !== undefined) note.cache = words.cache;
    }
    if (f.direction !== undefined) {
      const words = classifyLabel(f.direction);
      if (words.io !== undefined) note.io = words.io;
      if (words.cache !== undefined) note.cache = words.cache;
    }
    if (f.subscription) note.subscription = true;
    const footnote = f.marker ?? readFootnoteMarker(noteText, "start");
    if (footnote !== undefined) note.footnote = footnote;
    // "per 1M input tokens": the unit's own words name the direction.
    if (f.unitWords !== "") {
      const words = classifyLabel(f.unitWords);
      if (words.io !== undefined) note.io = words.io;
      if (words.cache !== undefined) note.cache = words.cache;
      if (words.modality !== undefined && words.modality !== "text") note.modality = words.modality;
    }
    mentions.push({
      amountText: f.amountText,
      amount: Number(f.amountText),
      currency: f.currency,
      unit: f.unit,
      label: classifyLabel(labelText),
      labelText,
      note,
      noteText,
      // "(~$3.00 / hr)" after another price restates it; "20M tokens per $1" is not a price.
      approximate: APPROXIMATE.test(before) || /\bper\s*$/i.test(before) || (i > 0 && /\(\s*$/.test(before)),
      start: f.start,
      end: f.end,
    });
  }
  return mentions;
}

/** A note after a price only qualifies it (context bound, modality, region); it never changes its direction. */
function noteTraits(note: string): Traits {
  const out: Traits = {};
  if (note === "") return out;
  // Only the note's own first clause: "(audio)", ", prompts > 200k tokens".
  const clause = note.replace(/^[,;/\s]+/, "").split(/(?<=\))\s|;|\.\s/)[0] ?? "";
  const ctx = parseContextTier(clause);
  if (ctx.contextAbove !== undefined) out.contextAbove = ctx.contextAbove;
  if (ctx.contextUpTo !== undefined) out.contextUpTo = ctx.contextUpTo;
  const paren = /^\(([^)]*)\)/.exec(clause);
  if (paren) {
    const inner = paren[1]!.trim();
    const traits = classifyLabel(inner);
    if (traits.modality) out.modality = traits.modality;
    if (traits.qualifiers) out.qualifiers = { ...traits.qualifiers };
    if (traits.kind === "storage") out.kind = "storage";
    if (traits.tier && traits.tier !== "standard") out.tier = traits.tier;
    if (/^(?:non-?\s?global|global|regional|us|eu|multi-region)$/i.test(inner)) {
      out.qualifiers = { ...out.qualifiers, region: inner.toLowerCase().replace(/\s+/g, "-") };
    }
    if (/^(?:rest|streaming|realtime|real-time)$/i.test(inner)) out.qualifiers = { ...out.qualifiers, mode: inner.toLowerCase() };
  }
  if (/\bstorage\b/i.test(clause)) out.kind = "storage";
  return out;
}
