// Reads pricing rules stated as multipliers: "Batch API: 50% discount", "1.1x multiplier on all token pricing",
// "5-minute cache write tokens are 1.25 times the base input tokens price".
import type { PriceModifier } from "../types";
import type { PageIndex } from "./index-page";

const NAMES: [RegExp, string, string][] = [
  [/us-only|us only|inference_geo|data residency/i, "us_only_inference", "all"],
  [/regional endpoint/i, "regional_endpoint", "all"],
  [/5-?\s?min(?:ute)?s?\s+cache writes?|5m cache writes?/i, "cache_write_5m", "input"],
  [/1-?\s?h(?:ou)?r\s+cache writes?|1h cache writes?/i, "cache_write_1h", "input"],
  [/cache writes?/i, "cache_write", "input"],
  [/cache (?:read|hit)s?/i, "cache_read", "input"],
  [/\bbatch\b/i, "batch", "all"],
  [/off-?peak/i, "off_peak", "all"],
  [/\bflex\b/i, "flex", "all"],
  [/\bpriority\b/i, "priority", "all"],
];

function round(n: number): number {
  return Number(n.toPrecision(10));
}

export function readModifiers(page: PageIndex): PriceModifier[] {
  const out: PriceModifier[] = [];
  const seen = new Set<string>();
  for (const line of page.lines) {
    if (line.kind === "code" || line.kind === "blank") continue;
    const text = line.text.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
    if (/\d+\s*%\s*[-–]\s*\d+\s*%/.test(text)) continue;
    // Clauses, so that "a 50% discount on batch" and "1.1x on US-only" in one paragraph stay apart.
    for (const clause of text.split(/(?<=[.;])\s+|\s+-\s+/)) {
      let factor: number | null = null;
      const times = /(\d+(?:\.\d+)?)\s*(?:x|×)\s+(?:multiplier|pricing|price|the)|(\d+(?:\.\d+)?)\s+times\s+the\b/i.exec(clause);
      const off = /(\d+(?:\.\d+)?)\s*%\s*(?:discount|off\b|cost reduction|savings?|cheaper|lower)|\bsave\s+(\d+(?:\.\d+)?)\s*%/i.exec(clause);
      const premium = /(\d+(?:\.\d+)?)\s*%\s*premium/i.exec(clause);
      if (times) factor = Number(times[1] ?? times[2]);
      else if (off) factor = round(1 - Number(off[1] ?? off[2]) / 100);
      else if (premium) factor = round(1 + Number(premium[1]) / 100);
      if (factor === null || !(factor > 0) || factor > 100) continue;
      const named = NAMES.find(([re]) => re.test(clause));
      if (!named) continue;
      let appliesTo = named[2];
      if (appliesTo === "all" && !/\ball\b|input and output|both/i.test(clause)) {
        if (/\binput\b/i.test(clause) && !/\boutput\b/i.test(clause)) appliesTo = "input";
        else if (/\boutput\b/i.test(clause) && !/\binput\b/i.test(clause)) appliesTo = "output";
      }
      const key = `${named[1]}|${factor}|${appliesTo}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ name: named[1], factor, appliesTo, evidence: line.text.trim() });
    }
  }
  return out;
}
