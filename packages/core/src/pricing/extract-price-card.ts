// Reads a price card (models, dimensions, tiers, amounts with evidence) from any pricing page's normalised text.
import { detectChallengeText } from "../page/detect-challenge-text";
import { detectBotChallenge } from "../page/detect-bot-challenge";
import { buildPrices } from "./extract/build-price";
import { completeShortModelNames } from "./extract/complete-short-model-names";
import { dedupePrices } from "./extract/dedupe-prices";
import { findPageTokenUnit } from "./extract/find-page-token-unit";
import { indexPage } from "./extract/index-page";
import { joinSplitPrices } from "./extract/join-split-prices";
import { readComponentTable } from "./extract/read-component-table";
import { readGluedTables } from "./extract/read-glued-tables";
import { readLabelledPrices } from "./extract/read-labelled-prices";
import { readLimitSentences } from "./extract/read-limit-sentences";
import { readLimitTables } from "./extract/read-limit-tables";
import { readModifiers } from "./extract/read-modifiers";
import { readProsePrices } from "./extract/read-prose-prices";
import { readTables } from "./extract/read-tables";
import { rebuildFlattenedTables } from "./extract/rebuild-flattened-tables";
import { rebuildModelRowTables } from "./extract/rebuild-model-row-tables";
import { rebuildTabTables } from "./extract/rebuild-tab-tables";
import { resolveFootnotes } from "./extract/resolve-footnotes";
import type { PriceCandidate } from "./extract/types";
import { parseModelName } from "./models/parse-model-name";
import type { PageGap, Price, PriceCard } from "./types";

export interface ExtractPriceCardInput {
  text: string;
  provider?: string | null;
  /** Only decides whether a dated price lies in the future; without it every stated date is kept. */
  now?: Date;
}

function challengeReason(text: string): string | null {
  const words = detectChallengeText(text);
  if (words !== null) return words;
  const html = detectBotChallenge({ status: null, headers: {}, body: text });
  return html.blocked ? html.reason : null;
}

// Markdown exports keep some HTML entities as written ("Claude Sonnet 4 (&gt; 200K tokens)"),
const ENTITIES: Record<string, string> = { gt: ">", lt: "<", amp: "&", nbsp: " ", quot: '"', "#36": "$", "#39": "'" };

function decodeEntities(text: string): string {
  const decoded = text.includes("&") ? text.replace(/&(gt|lt|amp|nbsp|quot|#36|#39);/g, (_m, name: string) => ENTITIES[name]!) : text;
  // and escape dollar signs so MDX does not read them as maths ("\$2.00/M tokens").
  return decoded.includes("\\$") ? decoded.replace(/\\\$/g, "$") : decoded;
}

export function extractPriceCard(input: ExtractPriceCardInput): PriceCard {
  const provider = input.provider ?? null;
  const text = input.text ?? "";
  const card: PriceCard = { provider, status: "ok", prices: [], limits: [], modifiers: [], warnings: [] };
  if (text.trim() === "") return { ...card, status: "empty" };
  const blocked = challengeReason(text);
  if (blocked !== null) return { ...card, status: "blocked", warnings: [blocked] };

  // Tables that reached us as text without their grid are rebuilt first; every line keeps its number.
  const page = indexPage(rebuildModelRowTables(rebuildFlattenedTables(rebuildTabTables(joinSplitPrices(decodeEntities(text))))), input.now);
  const known = new Set<string>();
  // Glued tables first: they mark their lines, so the other readers leave them alone.
  const glued = readGluedTables(page, known);
  const components = readComponentTable(page, known);
  const tables = readTables(page, known);
  const labelled = readLabelledPrices(page);
  for (const c of labelled.candidates) known.add(c.model);
  const prose = readProsePrices(page, known, labelled.read, input.now);
  const candidates: PriceCandidate[] = [...components.candidates, ...tables.candidates, ...labelled.candidates, ...prose.candidates];
  const orphans = [...glued.orphans, ...components.orphans, ...tables.orphans, ...labelled.orphans];
  candidates.sort((a, b) => a.line - b.line);

  // A glued table often summarises blocks the page also prints one by one ("gpt-4" / "GPT-4 / Input / $30.00"):
  // a model the blocks price keeps the blocks' prices only.
  const blockModels = new Set(candidates.map((c) => c.model.toLowerCase()));
  for (const c of glued.candidates.filter((g) => !blockModels.has(g.model.toLowerCase())).sort((a, b) => a.line - b.line)) candidates.push(c);

  const noteLines = resolveFootnotes(page, candidates, input.now);
  if (noteLines.size > 0) {
    // A note restating the prices it marks ("... is at promotional pricing ... The default tier is $2.00 per 1M
    // input tokens") would price the model again without the note's terms: the marked prices stand.
    const marked = new Set(candidates.filter((c) => !noteLines.has(c.line) && c.traits.footnote !== undefined).map((c) => `${c.model.toLowerCase()}|${c.amountText}`));
    for (let i = candidates.length - 1; i >= 0; i--) {
      const c = candidates[i]!;
      if (noteLines.has(c.line) && marked.has(`${c.model.toLowerCase()}|${c.amountText}`)) candidates.splice(i, 1);
    }
  }

  const today = input.now?.toISOString().slice(0, 10);
  const prices: Price[] = [];
  const gaps: PageGap[] = [];
  const rejectedLines = new Set<number>();
  const pageUnit = findPageTokenUnit(page);
  for (const stated of candidates) {
    // A price with a token direction and no unit anywhere above it takes the page's one token unit.
    const candidate = pageUnit !== undefined && stated.traits.unit === undefined && (stated.traits.io !== undefined || stated.traits.cache !== undefined) && stated.traits.kind === undefined
      ? { ...stated, traits: { ...stated.traits, unit: pageUnit } }
      : stated;
    const named = parseModelName(candidate.model);
    if (named.rejected !== undefined) {
      if (!rejectedLines.has(candidate.line)) {
        rejectedLines.add(candidate.line);
        gaps.push({ kind: "not_a_model", line: candidate.line + 1, text: candidate.evidence.slice(0, 200), detail: `"${candidate.model.slice(0, 60)}" is ${named.rejected}` });
      }
      continue;
    }
    for (const price of buildPrices(candidate, named)) {
      // A stated start date that has passed is simply the current price.
      if (today !== undefined && price.validFrom != null && price.validFrom <= today) delete price.validFrom;
      if (today !== undefined && price.validUntil != null && price.validUntil < today) continue;
      prices.push(price);
    }
  }
  const deduped = dedupePrices(completeShortModelNames(prices));
  card.prices = deduped.prices;
  card.warnings = card.warnings.concat(deduped.warnings);
  if (orphans.length > 0) {
    orphans.sort((a, b) => a - b);
    for (const line of [...new Set(orphans)]) {
      gaps.push({ kind: "unattributed_prices", line: line + 1, text: (page.lines[line]?.text ?? "").trim().slice(0, 200), detail: "prices that name no model" });
    }
    card.warnings.push(`prices on ${orphans.length} line(s) name no model and were left out (lines ${orphans.slice(0, 5).map((l) => l + 1).join(", ")}${orphans.length > 5 ? ", ..." : ""})`);
  }
  card.modifiers = readModifiers(page);
  const seen = new Set<string>();
  card.limits = [...readLimitTables(page), ...readLimitSentences(page)].filter((l) => {
    const key = JSON.stringify({ ...l, evidence: undefined });
    return seen.has(key) ? false : (seen.add(key), true);
  });
  gaps.sort((a, b) => a.line - b.line);
  card.gaps = gaps;
  card.status = card.prices.length > 0 ? "ok" : "not-pricing";
  return card;
}
