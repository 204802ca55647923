// Resolves footnote markers on prices and models against the notes the page states elsewhere: a context band,
// a start date ("effective September 1, 2026" -> validFrom) or a promotion's end ("until 2026-12-31" -> promo, validUntil).
import type { PageIndex } from "./index-page";
import { parseContextTier } from "./parse-context-tier";
import { parseDate } from "./parse-date";
import { readFootnoteMarker } from "./read-footnote-marker";
import type { PriceCandidate } from "./types";

interface Note {
  marker: string;
  line: number;
  text: string;
}

function readNotes(page: PageIndex): Note[] {
  const notes: Note[] = [];
  page.lines.forEach((l, line) => {
    if (l.kind !== "text") return;
    const t = l.text.trim();
    // "* bullet" and "*italic*" are not notes; "*Prices ...", "[1] ...", "† ..." are.
    if (/^[-+]\s/.test(t) || /^\*[^*]+\*$/.test(t) || /^\*\*[^*]+\*\*/.test(t)) return;
    // "* Introductory price until ..." is a note when it stands alone, a bullet when it is part of a list.
    const bullet = (k: number): boolean => /^\s*[-*+•]\s/.test(page.lines[k]?.text ?? "");
    if (/^\*\s/.test(t) && (bullet(line - 1) || bullet(line + 1))) return;
    const marker = readFootnoteMarker(t, "start");
    if (marker === undefined) return;
    const text = t.replace(/^\s*(?:\\?\[[^\]]{1,4}\]|(?:\\?\*){1,3}|[†‡§]{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|\^\d{1,2}|\(\d{1,2}\)|\[\^[\w.-]{1,40}\])\s*:?\s*/u, "");
    if (text.length >= 8) notes.push({ marker, line, text });
  });
  return notes;
}

const PAIR_NOTE = /\b(?:original|list|regular|full|standard)\s+prices?\b[^.]{0,60}\band\b[^.]{0,40}\b(?:discount(?:ed)?|promotional|promo|sale|reduced)\s+prices?\b/i;

/** The next price of the same model and dimension from the same cell line (the second of "$0.07(5) $0.014"). */
function cellPartner(candidates: PriceCandidate[], c: PriceCandidate): PriceCandidate | undefined {
  const k = candidates.indexOf(c);
  const next = candidates.slice(k + 1).find((o) => o.line === c.line && o.model === c.model);
  if (next === undefined) return undefined;
  const same = next.traits.io === c.traits.io && next.traits.cache === c.traits.cache && next.traits.kind === c.traits.kind && next.traits.footnote === undefined;
  return same ? next : undefined;
}

/**
 * Applies each marked price's note to it, and returns the lines of the notes that were used: a note that
 * restates the prices it qualifies ("The default tier is $2.00 per 1M input tokens") is no second source.
 */
export function resolveFootnotes(page: PageIndex, candidates: PriceCandidate[], now?: Date): Set<number> {
  const used = new Set<number>();
  if (!candidates.some((c) => c.traits.footnote !== undefined)) return used;
  const notes = readNotes(page);
  for (const c of candidates) {
    const marker = c.traits.footnote;
    if (marker === undefined) continue;
    const same = notes.filter((n) => n.marker === marker);
    // The note after the price (below its table) is the one it points to; else the nearest before.
    const note = same.find((n) => n.line > c.line) ?? same[same.length - 1];
    if (note === undefined) continue;
    used.add(note.line);
    // "The form shows the original price and the discounted price. ... until 2025-02-08": the marked price
    // is the list price, and the one beside it in the cell the discount the dates belong to.
    const partner = PAIR_NOTE.test(note.text) ? cellPartner(candidates, c) : undefined;
    const t = partner?.traits ?? c.traits;
    if (partner !== undefined && (t.tier === undefined || t.tier === "standard")) t.tier = "promo";
    for (const dated of parseDate(note.text, now)) {
      if (dated.kind === "from" && t.validFrom === undefined) t.validFrom = dated.date;
      if (dated.kind === "until" && t.validUntil === undefined) {
        t.validUntil = dated.date;
        if (t.tier === undefined || t.tier === "standard") t.tier = "promo";
      }
    }
    if (/\b(?:prompts?|context)\b/i.test(note.text) && t.contextAbove === undefined && t.contextUpTo === undefined) {
      const ctx = parseContextTier(note.text);
      if (ctx.contextAbove !== undefined) t.contextAbove = ctx.contextAbove;
      else if (ctx.contextUpTo !== undefined) t.contextUpTo = ctx.contextUpTo;
    }
  }
  return used;
}
