// Reads rate limits stated in sentences: "All endpoints have a rate limit of 5 requests per second, 2 million tokens per
// minute, and 10,000 million tokens per month"; "Send up to 24 million tokens/day". Units are kept as stated.
import type { RateLimit } from "../types";
import { classifyLimitLabel, type LimitField } from "./classify-limit-label";
import { findSectionContext } from "./find-section-context";
import { findUsageTier } from "./find-usage-tier";
import type { PageIndex } from "./index-page";
import { parseLimitAmount } from "./parse-limit-amount";

const QUANTITY = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k|m|mn|b|bn|thousand|million|billion)?`;
const PHRASE = new RegExp(
  String.raw`\b${QUANTITY}\s*((?:input\s+|output\s+)?(?:requests?|tokens?)\s*(?:per|\/|a|an|each)\s*(?:second|sec|minute|min|day|month)\b|rpm|tpm|rpd|tpd|rps|itpm|otpm)\b`,
  "gi",
);
const CUE = /\brate[- ]limit|\blimit(?:s|ed)?\b|\bup to\b|\bmax(?:imum)?\b|\bcapped\b|\bthrottl|\bquota/i;
// Free allowances of a paid feature ("1,500 requests per day at no additional charge") are not rate limits.
const NOT_A_LIMIT = /\bbilled\b|\bcharged\b|\bno additional charge\b|\bfree\b|\bfor free\b/i;
const PLAN = /^(free|pro|max|plus|team|developer|enterprise|scale|build|starter|basic|premium)\b/i;

export function readLimitSentences(page: PageIndex): RateLimit[] {
  const out: RateLimit[] = [];
  for (let i = 0; i < page.lines.length; i++) {
    if (page.lines[i]!.kind !== "text") continue;
    // A paragraph of wrapped lines.
    let j = i;
    while (j + 1 < page.lines.length && page.lines[j + 1]!.kind === "text" && !/^\s*(?:[-*•]|\d+\.)\s/.test(page.lines[j + 1]!.text)) j++;
    const paragraph = page.lines.slice(i, j + 1).map((l) => l.text.trim()).join(" ");
    const first = i;
    i = j;
    for (const sentence of paragraph.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
      if (!CUE.test(sentence) || NOT_A_LIMIT.test(sentence)) continue;
      const values: Partial<Record<LimitField, number>> = {};
      PHRASE.lastIndex = 0;
      for (let m = PHRASE.exec(sentence); m !== null; m = PHRASE.exec(sentence)) {
        const field = classifyLimitLabel(m[3]!.replace(/\s*\/\s*/, " per "));
        const value = parseLimitAmount(`${m[1]}${m[2] ? ` ${m[2]}` : ""}`);
        if (field !== null && value !== undefined && values[field] === undefined) values[field] = value;
      }
      if (Object.keys(values).length === 0) continue;
      const ctx = findSectionContext(page, first);
      const models = /\ball\s+(?:endpoints|models|requests|api)/i.test(sentence) || ctx.models.length === 0 ? ["*"] : ctx.models;
      const heading = page.sections[page.lines[first]!.section]!.heading;
      const plan = PLAN.exec(heading.replace(/\s*[$€£].*$/, "").trim());
      const usageTier = findUsageTier(page, first) ?? (plan ? heading.replace(/\s*[$€£].*$/, "").trim() : undefined);
      for (const model of models) {
        out.push({ model, ...(usageTier !== undefined ? { usageTier } : {}), ...values, evidence: sentence.trim() });
      }
    }
  }
  return out;
}
