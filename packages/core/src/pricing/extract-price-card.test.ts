import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture";
import { normalizePageText } from "../page/normalize-page-text";
import { extractPriceCard } from "./extract-price-card";
import type { Price, PriceCard } from "./types";

function contentType(name: string): string {
  return name.endsWith(".html") ? "text/html" : name.endsWith(".md") ? "text/markdown" : "text/plain";
}

const cache = new Map<string, PriceCard>();
function fixtureCard(name: string, provider: string | null = null): PriceCard {
  const hit = cache.get(name);
  if (hit) return hit;
  const text = normalizePageText({ body: readFixture(`pages/${name}`), contentType: contentType(name) });
  const card = extractPriceCard({ text, provider });
  cache.set(name, card);
  return card;
}

type Match = Partial<Omit<Price, "evidence">> & { evidence?: string };
function find(card: PriceCard, match: Match): Price[] {
  return card.prices.filter((p) => Object.entries(match).every(([k, v]) => {
    if (k === "evidence") return p.evidence.includes(v as string);
    if (v === undefined) return (p as unknown as Record<string, unknown>)[k] === undefined;
    return JSON.stringify((p as unknown as Record<string, unknown>)[k]) === JSON.stringify(v);
  }));
}
function one(card: PriceCard, match: Match): Price {
  const found = find(card, match);
  expect(found, JSON.stringify(match)).toHaveLength(1);
  return found[0]!;
}

const HEADER_WORDS = /^(?:model|models|input|output|price|pricing|cost|batch|standard|free tier|paid tier|cached input|context|usage|tier|name)$/i;
const PLAN_NAMES = /^(?:free|pro|max|team|enterprise|plus|business|scale|build|developer)$/i;
function expectCleanModels(card: PriceCard): void {
  for (const p of card.prices) {
    expect(p.model, p.evidence).not.toMatch(HEADER_WORDS);
    expect(p.model, p.evidence).not.toMatch(PLAN_NAMES);
    expect(p.model).not.toMatch(/\*\*|\]\(|\(deprecated\)|^\s|\s$/);
    expect(p.evidence.length).toBeGreaterThan(0);
  }
}

describe("extractPriceCard on Anthropic's pricing pages over time", () => {
  it("2026-02-06: Opus 4.6 base, cache and long-context prices, batch table and the US-only modifier", () => {
    const card = fixtureCard("anthropic__2026-02-06__claude-docs-sitemap.md", "anthropic");
    expect(card.status).toBe("ok");
    expect(card.provider).toBe("anthropic");
    // 11 models x 5 columns (model pricing), 11 x 2 (batch), long context: Opus 4.6 and Sonnet 4.5 / 4 in two tiers x 2
    // dimensions (12), web search $10 per 1,000 searches, code execution $0.05 per hour.
    expect(card.prices).toHaveLength(91);
    const row = "| Claude Opus 4.6 | $5 / MTok | $6.25 / MTok | $10 / MTok | $0.50 / MTok | $25 / MTok |";
    expect(one(card, { model: "Claude Opus 4.6", dimension: "input", tier: "standard", contextAbove: undefined, contextUpTo: undefined }))
      .toMatchObject({ amount: 5, unit: "1M tokens", currency: "USD", usdPer1M: 5, evidence: row });
    expect(one(card, { model: "Claude Opus 4.6", dimension: "cache_write", cacheTtl: "5m" })).toMatchObject({ amount: 6.25, evidence: row });
    expect(one(card, { model: "Claude Opus 4.6", dimension: "cache_write", cacheTtl: "1h" })).toMatchObject({ amount: 10 });
    expect(one(card, { model: "Claude Opus 4.6", dimension: "cache_read" })).toMatchObject({ amount: 0.5, usdPer1M: 0.5 });
    expect(one(card, { model: "Claude Opus 4.6", dimension: "output", tier: "standard", contextAbove: undefined, contextUpTo: undefined }))
      .toMatchObject({ amount: 25 });
    // Long context table: "| Claude Opus 4.6 | Input: $5 / MTok | Input: $10 / MTok |" and the continuation row "| | Output: ... |".
    expect(one(card, { model: "Claude Opus 4.6", dimension: "input", contextAbove: 200000 }))
      .toMatchObject({ amount: 10, evidence: "| Claude Opus 4.6 | Input: $5 / MTok | Input: $10 / MTok |" });
    expect(one(card, { model: "Claude Opus 4.6", dimension: "output", contextAbove: 200000 }))
      .toMatchObject({ amount: 37.5, evidence: "| | Output: $25 / MTok | Output: $37.50 / MTok |" });
    expect(one(card, { model: "Claude Opus 4.6", dimension: "input", contextUpTo: 200000 })).toMatchObject({ amount: 5 });
    // "| Claude Sonnet 4.5 / 4 | Input: $3 / MTok | Input: $6 / MTok |" names two models.
    expect(one(card, { model: "Claude Sonnet 4", dimension: "input", contextAbove: 200000 })).toMatchObject({ amount: 6 });
    expect(one(card, { model: "Claude Sonnet 4.5", dimension: "output", contextAbove: 200000 })).toMatchObject({ amount: 22.5 });
    // Batch table: "| Claude Opus 4.6 | $2.50 / MTok | $12.50 / MTok |"; "| Claude Haiku 3 | $0.125 / MTok | $0.625 / MTok |".
    expect(one(card, { model: "Claude Opus 4.6", dimension: "input", tier: "batch" })).toMatchObject({ amount: 2.5 });
    expect(one(card, { model: "Claude Haiku 3", dimension: "output", tier: "batch" })).toMatchObject({ amount: 0.625, usdPer1M: 0.625 });
    // "Claude Sonnet 3.7 ([deprecated](...))" keeps its name without the label.
    expect(one(card, { model: "Claude Sonnet 3.7", dimension: "input", tier: "standard" })).toMatchObject({ amount: 3 });
    // "Web search is available on the Claude API for **$10 per 1,000 searches**" under "#### Web search tool".
    expect(one(card, { dimension: "search" })).toMatchObject({ model: "Web search tool", amount: 10, unit: "1K searches" });
    // "incurs a 1.1x multiplier on all token pricing categories"; "50% discount on both input and output tokens".
    expect(card.modifiers).toEqual(expect.arrayContaining([
      expect.objectContaining({ name: "us_only_inference", factor: 1.1, appliesTo: "all" }),
      expect.objectContaining({ name: "batch", factor: 0.5, appliesTo: "all" }),
      expect.objectContaining({ name: "cache_write_5m", factor: 1.25, appliesTo: "input" }),
      expect.objectContaining({ name: "cache_write_1h", factor: 2, appliesTo: "input" }),
      expect.objectContaining({ name: "cache_read", factor: 0.1, appliesTo: "input" }),
    ]));
    // The example "~$37.00 per 10,000 tickets" and "~$0.003 per request" are not prices.
    expect(find(card, { amount: 37 })).toHaveLength(0);
    expect(find(card, { amount: 0.003 })).toHaveLength(0);
    expect(card.warnings).toEqual([]);
    expectCleanModels(card);
  });

  it("2026-01-15: Opus 4.5 at $5/$25 and Sonnet 4.5 / 4 long context at $6/$22.50; no Opus 4.6 yet", () => {
    const card = fixtureCard("anthropic__2026-01-15__claude-docs-sitemap.md");
    // 10 models x 5, 10 x 2 batch, long context for Sonnet 4 and Sonnet 4.5 (named in the sentence above the table) x 4,
    // web search, code execution.
    expect(card.prices).toHaveLength(80);
    expect(one(card, { model: "Claude Opus 4.5", dimension: "input", tier: "standard", contextUpTo: undefined })).toMatchObject({ amount: 5 });
    expect(one(card, { model: "Claude Opus 4.5", dimension: "output", tier: "standard" })).toMatchObject({ amount: 25 });
    // "| ≤ 200K input tokens | > 200K input tokens |" / "| Input: $3 / MTok | Input: $6 / MTok |"
    expect(one(card, { model: "Claude Sonnet 4.5", dimension: "input", contextAbove: 200000 }))
      .toMatchObject({ amount: 6, evidence: "| Input: $3 / MTok | Input: $6 / MTok |" });
    expect(one(card, { model: "Claude Sonnet 4", dimension: "output", contextAbove: 200000 })).toMatchObject({ amount: 22.5 });
    expect(find(card, { model: "Claude Opus 4.6" })).toHaveLength(0);
  });

  it("2025-10-25 and 2025-10-28: escaped \\$ amounts, Sonnet 3.5 deprecated, same prices on both days", () => {
    const a = fixtureCard("anthropic__2025-10-25__anthropic-docs-scraper.md");
    const b = fixtureCard("anthropic__2025-10-28__anthropic-docs-scraper.md");
    expect(a.prices).toHaveLength(80);
    expect(b.prices).toEqual(a.prices);
    // "| Claude Sonnet 3.5 ([deprecated](...)) | \$3 / MTok | ..."
    expect(one(a, { model: "Claude Sonnet 3.5", dimension: "cache_write", cacheTtl: "1h" })).toMatchObject({ amount: 6 });
    expect(one(a, { model: "Claude Haiku 3.5", dimension: "cache_write", cacheTtl: "1h" })).toMatchObject({ amount: 1.6 });
    // "**Pricing**: \$0.05 per session-hour." under "#### Code execution tool"
    expect(one(a, { model: "Code execution tool" })).toMatchObject({ amount: 0.05, unit: "hour" });
    expectCleanModels(a);
  });

  it("2024-04 plain text: model names from the caps headings, prices from '* Input: $0.25 / MTok' items", () => {
    const card = fixtureCard("anthropic__2024-04-01__wzulfikar-llm-prices-fixture.txt");
    expect(card.prices).toHaveLength(12);
    expect(one(card, { model: "HAIKU", dimension: "input" })).toMatchObject({ amount: 0.25, usdPer1M: 0.25, evidence: "* Input: $0.25 / MTok" });
    expect(one(card, { model: "OPUS", dimension: "output" })).toMatchObject({ amount: 75 });
    expect(one(card, { model: "CLAUDE 2.1", dimension: "input" })).toMatchObject({ amount: 8 });
    expect(one(card, { model: "CLAUDE INSTANT", dimension: "output" })).toMatchObject({ amount: 2.4 });
  });

  it("2026-05-08 claude.com HTML: model cards, 5-minute cache writes, tools; plan prices left out", () => {
    const card = fixtureCard("anthropic__2026-05-08__quill-router-claude-com-pricing.html");
    expect(card.status).toBe("ok");
    // 9 model cards x 4 prices ("### Opus 4.7 / Input / $5 / MTok / Output / $25 / MTok / Prompt caching / Write / ... / Read"),
    // Managed Agents $0.08 per session-hour, Web search $10 / 1K searches.
    expect(card.prices).toHaveLength(38);
    expect(one(card, { model: "Opus 4.7", dimension: "input" })).toMatchObject({ amount: 5, evidence: "$5 / MTok" });
    // "Prompt caching pricing reflects 5-minute TTL."
    expect(one(card, { model: "Opus 4.7", dimension: "cache_write" })).toMatchObject({ amount: 6.25, cacheTtl: "5m" });
    expect(one(card, { model: "Haiku 4.5", dimension: "cache_read" })).toMatchObject({ amount: 0.1 });
    expect(one(card, { model: "Web search", dimension: "search" })).toMatchObject({ amount: 10, unit: "1K searches" });
    // "Pro $17 ... per month", "Max From $100", "Team $20 per seat" are plans, not API prices.
    expect(find(card, { amount: 17 })).toHaveLength(0);
    expect(find(card, { amount: 100 })).toHaveLength(0);
    expect(card.modifiers).toEqual(expect.arrayContaining([
      expect.objectContaining({ name: "us_only_inference", factor: 1.1 }),
      expect.objectContaining({ name: "batch", factor: 0.5 }),
    ]));
    expectCleanModels(card);
  });

  it("models overview page: its 'Model pricing' table is a price list (9 models x 5 columns)", () => {
    const card = fixtureCard("anthropic-models__2025-10-15__token-tally-jina.md");
    expect(card.status).toBe("ok");
    expect(card.prices).toHaveLength(45);
    // "| Claude Opus 4.1 | $15 / MTok | $18.75 / MTok | $30 / MTok | $1.50 / MTok | $75 / MTok |"
    expect(one(card, { model: "Claude Opus 4.1", dimension: "cache_write", cacheTtl: "5m" })).toMatchObject({ amount: 18.75 });
    // The comparison table (models as columns) holds context windows, not prices.
    expect(find(card, { model: "Claude Sonnet 4.5" })).toHaveLength(5);
  });
});

describe("extractPriceCard on other providers' pages", () => {
  it("OpenAI 2025-10: batch, flex, standard and priority tables, modality sections, fine-tuning, tools", () => {
    const card = fixtureCard("openai__2025-10-15__token-tally-jina.md");
    expect(card.prices).toHaveLength(398);
    // Text tokens: "Batch" / "| gpt-5 | $0.625 | $0.0625 | $5.00 |"; "Flex"; "Standard" / "| gpt-5 | $1.25 | $0.125 | $10.00 |"; "Priority".
    expect(one(card, { model: "gpt-5", dimension: "input", tier: "batch", qualifiers: undefined })).toMatchObject({ amount: 0.625 });
    expect(one(card, { model: "gpt-5", dimension: "cache_read", tier: "flex" })).toMatchObject({ amount: 0.0625 });
    expect(one(card, { model: "gpt-5", dimension: "output", tier: "standard", qualifiers: undefined })).toMatchObject({ amount: 10, usdPer1M: 10 });
    expect(one(card, { model: "gpt-4o", dimension: "cache_read", tier: "priority" })).toMatchObject({ amount: 2.125 });
    // "### Audio tokens" / "| gpt-realtime | $32.00 | $0.40 | $64.00 |"
    expect(one(card, { model: "gpt-realtime", dimension: "audio_input" })).toMatchObject({ amount: 32 });
    expect(one(card, { model: "gpt-realtime", dimension: "audio_cache_read" })).toMatchObject({ amount: 0.4 });
    // "### Image tokens" / "| gpt-image-1 | $10.00 | $2.50 | $40.00 |"
    expect(one(card, { model: "gpt-image-1", dimension: "image_output" })).toMatchObject({ amount: 40 });
    // "### Video" / "Prices per second." / "| sora-2 | Portrait: 720x1280 Landscape: 1280x720 | $0.10 |"
    expect(one(card, { model: "sora-2", dimension: "video" })).toMatchObject({ amount: 0.1, unit: "second" });
    // Fine-tuning, a model of its own ("o4-mini-2025-04-16 (fine-tuned)"): "| o4-mini-2025-04-16 | $100.00 / hour | $4.00 | $1.00 | $16.00 |" (Standard)
    expect(one(card, { model: "o4-mini-2025-04-16 (fine-tuned)", dimension: "training", tier: "standard" })).toMatchObject({ amount: 100, unit: "hour" });
    // Image generation: "| Medium | $0.042 | $0.063 | $0.063 |" continues "GPT Image 1".
    expect(one(card, { model: "GPT Image 1", dimension: "image", qualifiers: { size: "1024 x 1024", quality: "Medium" } })).toMatchObject({ amount: 0.042 });
    // Embeddings: "| text-embedding-3-small | $0.02 | $0.01 |" (Cost | Batch cost)
    expect(one(card, { model: "text-embedding-3-small", dimension: "input", tier: "batch" })).toMatchObject({ amount: 0.01 });
    // Built-in tools: "| Web search (all models) [1] | $10.00 / 1k calls + search content tokens billed at model rates |"
    expect(one(card, { model: "Web search (all models)" })).toMatchObject({ dimension: "search", amount: 10, unit: "1K requests" });
    // "Estimated cost" columns are estimates, not prices.
    expect(find(card, { model: "gpt-4o-transcribe", unit: "minute" })).toHaveLength(0);
    expect(card.warnings).toEqual([]);
    expectCleanModels(card);
  });

  it("OpenAI 2024-04 plain text: per-model blocks 'Input' / '$10.00 / 1M tokens'; glued summary tables add no duplicates", () => {
    const card = fixtureCard("openai__2024-04-01__wzulfikar-llm-prices-fixture.txt");
    // 51: the glued summary rows ("ModelInputOutputgpt-4$30.00 / 1M tokens...") are read, but every model in them also has
    // its own block, whose prices win. (Until 2026-05 this said 53: a glued fragment "tokens$120.00 / 1M tokens" was read
    // as GPT-4 input and output at $120 with item "tokens".)
    expect(card.prices).toHaveLength(51);
    expect(find(card, { model: "GPT-4", amount: 120 })).toHaveLength(0);
    expect(find(card, { model: "gpt-4" })).toHaveLength(0);
    // The evidence is the price line itself ("$120.00 / 1M tokens", with a no-break space in the capture).
    expect(one(card, { model: "GPT-4-32K", dimension: "output", evidence: "$120.00" })).toMatchObject({ amount: 120, usdPer1M: 120 });
    expect(one(card, { model: "GPT-3.5-TURBO-0125", dimension: "input" })).toMatchObject({ amount: 0.5 });
    // "DALL·E 3 / Quality / Standard / Resolution / 1024×1024 / Price / $0.040 / image"
    expect(one(card, { model: "DALL·E 3", qualifiers: { quality: "Standard", resolution: "1024×1024" } })).toMatchObject({ dimension: "image", amount: 0.04 });
    expect(one(card, { model: "WHISPER" })).toMatchObject({ amount: 0.006, unit: "minute" });
    // "TEXT-EMBEDDING-3-SMALL / Usage / $0.02 / 1M tokens": an embedding price is an input price.
    expect(one(card, { model: "TEXT-EMBEDDING-3-SMALL" })).toMatchObject({ dimension: "input", amount: 0.02 });
    // "costs $20/month" (ChatGPT Plus) is a subscription.
    expect(find(card, { amount: 20 })).toHaveLength(0);
    expectCleanModels(card);
  });

  it("Gemini markdown: paid tier only, context tiers, storage per hour; tables with no model name are left out", () => {
    const card = fixtureCard("gemini__2025-10-15__token-tally-jina.md");
    // This capture lost most model headings. Named: "Veo 3" and "gemini-2.5-computer-use-preview-10-2025" (a heading and the API id under it), the
    // descriptions "2.5 Flash Preview is best for ..." and "Gemini Robotics-ER, short for ..., is a thinking model" (the
    // table right below only; the unlabelled second table of each pair is left out), rows naming their product
    // ("Imagen 4 Fast image price", "Veo 3 Fast video with audio price"), grounding and context-cache storage rows.
    // (Until 2026-05 this said 9, one of them wrong: the embeddings pair's "$0.075" input was read as Veo 3's.)
    expect(card.prices).toHaveLength(26);
    expect(find(card, { model: "Veo 3", dimension: "input" })).toHaveLength(0);
    expect(one(card, { model: "Veo 3 Fast", dimension: "video" })).toMatchObject({ amount: 0.15, unit: "second" });
    expect(one(card, { model: "Imagen 4 Fast" })).toMatchObject({ dimension: "image", amount: 0.02, unit: "image" });
    expect(one(card, { model: "Imagen 4" })).toMatchObject({ amount: 0.04 });
    expect(one(card, { model: "Imagen 4 Ultra" })).toMatchObject({ amount: 0.06 });
    // "| Output price (including thinking tokens) | Free of charge | $2.50 |" below "2.5 Flash Preview is best for ..."
    expect(one(card, { model: "2.5 Flash Preview", dimension: "output", qualifiers: undefined })).toMatchObject({ amount: 2.5 });
    expect(one(card, { model: "2.5 Flash Preview", dimension: "cache_read" })).toMatchObject({ amount: 0.0375 });
    expect(one(card, { model: "Gemini Robotics-ER", dimension: "input" })).toMatchObject({ amount: 0.3 });
    // The batch-looking second table of the pair ("$0.15 (text / image / video)") is not attributed.
    expect(find(card, { amount: 0.075 })).toHaveLength(0);
    expect(card.warnings.filter((w) => /conflicting/.test(w))).toEqual([]);
    // "| Input price | Not available | $1.25, prompts <= 200k tokens $2.50, prompts > 200k token |"
    expect(one(card, { model: "gemini-2.5-computer-use-preview-10-2025", dimension: "input", contextAbove: 200000 })).toMatchObject({ amount: 2.5 });
    expect(one(card, { model: "gemini-2.5-computer-use-preview-10-2025", dimension: "output", contextUpTo: 200000 })).toMatchObject({ amount: 10 });
    // "| Context caching (storage) | Not available | $1.00 / 1,000,000 tokens per hour |"
    expect(one(card, { model: "Context caching (storage)", dimension: "storage" })).toMatchObject({ amount: 1, unit: "1M tokens per hour" });
    // "| Veo 3 Standard video with audio price (default) | Not available | $0.40 |" (per second)
    expect(find(card, { model: "Veo 3", dimension: "video", amount: 0.4 })).toHaveLength(1);
    expect(card.warnings.some((w) => /name no model/.test(w))).toBe(true);
    expect(card.modifiers).toEqual([expect.objectContaining({ name: "batch", factor: 0.5 })]);
    expectCleanModels(card);
  });

  it("Gemini / Vertex raw HTML: type rows, context and cached columns, audio input, batch tables, labelled cells", () => {
    const card = fixtureCard("gemini__2026-05-08__quill-router-rawhtml.html");
    // 686: the grounding rows after the "Google models" prose now name their own product ("Grounding with your data"
    // was folded into "Google models" before, 685).
    // 688: "| Gemini 2.0 Flash | Tuning for 1M training tokens | $3.00 |" (and Flash Lite's $1.00) name their unit in the label.
    // 818: the partner-model tables are read once per region ("global", "non-global", us-east5, europe-west1,
    // asia-southeast1, asia-east1) instead of collapsing as conflicting prices of one model.
    // 819: a Description column names no dimension, so Veo 2's "Advanced Controls" row ("Text/Image/Video prompt"
    // in its Input column) no longer folds into its "Video generation" row (both $0.50/second).
    // 822: a label cell that names its unit ("Input text ($/1M tokens)") is not a price cell, so Gemini Embedding 2's
    // rows read their $0.2 per 1M text tokens, $0.00012 per image and $0.00016 per second.
    expect(card.prices).toHaveLength(822);
    expect(find(card, { model: "Gemini Embedding 2 (Unified Multimodal, Preview)", dimension: "input" }).map((p) => p.usdPer1M)).toEqual([0.2]);
    // Under the us-east5 region: "| Claude Sonnet 4.5 | Input: $3.30 Output: $16.50 Batch Input: $1.65 ..."; global is $3.00.
    expect(find(card, { model: "Claude Sonnet 4.5", dimension: "input", tier: "standard", qualifiers: { region: "us-east5" } }).map((p) => p.amount)).toContain(3.3);
    expect(find(card, { model: "Claude Sonnet 4.5", dimension: "input", tier: "standard", qualifiers: { region: "global" } }).map((p) => p.amount)).toContain(3);
    expect(one(card, { model: "Grounding with your data" })).toMatchObject({ dimension: "search", amount: 2.5 });
    // "| Gemini 2.5 Pro | Input (text, image, video, audio) | $1.25 | $2.50 | $0.13 | $0.25 |" under "### Standard"
    const row = "| Gemini 2.5 Pro | Input (text, image, video, audio) | $1.25 | $2.50 | $0.13 | $0.25 |";
    expect(one(card, { model: "Gemini 2.5 Pro", dimension: "input", tier: "standard", contextUpTo: 200000 })).toMatchObject({ amount: 1.25, evidence: row });
    expect(one(card, { model: "Gemini 2.5 Pro", dimension: "input", tier: "standard", contextAbove: 200000 })).toMatchObject({ amount: 2.5 });
    expect(one(card, { model: "Gemini 2.5 Pro", dimension: "cache_read", tier: "standard", contextAbove: 200000 })).toMatchObject({ amount: 0.25 });
    // "| Gemini 2.5 Flash | Audio Input | $1 | $1 | $0.10 | $0.10 |"
    expect(one(card, { model: "Gemini 2.5 Flash", dimension: "audio_input", tier: "standard", contextUpTo: 200000 })).toMatchObject({ amount: 1 });
    // "### Flex/Batch" / "| Gemini 2.5 Pro | Text output (response and reasoning) | $5 | $7.5 |"
    expect(one(card, { model: "Gemini 2.5 Pro", dimension: "output", tier: "batch", contextAbove: 200000 })).toMatchObject({ amount: 7.5 });
    // "| Gemini 2.5 Pro | Context Cache Storage | ... | $4.5 (/M Tok/hr) |"
    expect(find(card, { model: "Gemini 2.5 Pro", dimension: "storage" }).map((p) => p.amount)).toContain(4.5);
    // Partner models in labelled cells: "| Claude Opus 4.6 | Input: $5.00 Output: $25.00 Batch Input: $2.50 ... 1h Cache Write: $10.00 ..."
    expect(find(card, { model: "Claude Opus 4.6", dimension: "cache_write", cacheTtl: "1h", tier: "standard" }).map((p) => p.amount)).toContain(10);
    expect(find(card, { model: "Claude Opus 4.6", dimension: "input", tier: "batch" }).map((p) => p.amount)).toContain(2.5);
    // "| Gemma 4 26B | Input: $0.15 / million tokens Output: $0.60 / million tokens Cache Hit: $0.015 / million tokens |"
    expect(one(card, { model: "Gemma 4 26B", dimension: "cache_read" })).toMatchObject({ amount: 0.015, usdPer1M: 0.015 });
    expectCleanModels(card);
  });

  it("Mistral 2024 plain text: glued USD and EUR tables, endpoint ids, and the all-endpoints rate limit", () => {
    const card = fixtureCard("mistral__2024-04-01__wzulfikar-llm-prices-fixture.txt");
    expect(card.status).toBe("ok");
    // "ModelEndpointInput (USD)Output (USD)Input (EUR)Output (EUR)Mistral\n7Bopen-mistral-7b0.25$ / 1M tokens..."
    // 5 chat models x 4 prices, Mistral Embed x 2 (input in USD and EUR).
    expect(card.prices).toHaveLength(22);
    const expected: [string, string, number, number, number, number][] = [
      ["Mistral 7B", "open-mistral-7b", 0.25, 0.25, 0.2, 0.2],
      ["Mixtral 8x7B", "open-mixtral-8x7b", 0.7, 0.7, 0.65, 0.65],
      ["Mistral Small", "mistral-small-latest", 2, 6, 1.85, 5.55],
      ["Mistral Medium", "mistral-medium-latest", 2.7, 8.1, 2.5, 7.5],
      ["Mistral Large", "mistral-large-latest", 8, 24, 7.3, 22],
    ];
    for (const [model, endpoint, usdIn, usdOut, eurIn, eurOut] of expected) {
      expect(one(card, { model, dimension: "input", currency: "USD" })).toMatchObject({ amount: usdIn, usdPer1M: usdIn, unit: "1M tokens", qualifiers: { endpoint } });
      expect(one(card, { model, dimension: "output", currency: "USD" })).toMatchObject({ amount: usdOut, usdPer1M: usdOut });
      expect(one(card, { model, dimension: "input", currency: "EUR" })).toMatchObject({ amount: eurIn, unit: "1M tokens" });
      expect(one(card, { model, dimension: "output", currency: "EUR" })).toMatchObject({ amount: eurOut });
      expect(one(card, { model, dimension: "output", currency: "EUR" }).usdPer1M).toBeUndefined();
    }
    expect(one(card, { model: "Mistral Embed", currency: "USD" })).toMatchObject({ dimension: "input", amount: 0.1, qualifiers: { endpoint: "mistral-embed" } });
    expect(one(card, { model: "Mistral Embed", currency: "EUR" })).toMatchObject({ dimension: "input", amount: 0.1 });
    expect(one(card, { model: "Mistral Small", currency: "EUR", dimension: "input" }).evidence)
      .toBe("Mistral Smallmistral-small-latest2$ / 1M tokens6$ / 1M tokens1.85€ / 1M tokens5.55€ / 1M tokens");
    // "All endpoints have a rate limit of 5 requests per second, 2 million tokens per minute, and 10,000 million tokens per month."
    expect(card.limits).toEqual([expect.objectContaining({ model: "*", rps: 5, tpm: 2_000_000, tpmonth: 10_000_000_000 })]);
    expect(card.limits[0]!.rpm).toBeUndefined();
    expect(card.warnings).toEqual([]);
    expectCleanModels(card);
  });

  it("Mistral 2026 HTML: the API prices of the model cards kept in the page's RSC payload; Le Chat plan prices ('$14.99*') and animated digit strips are none", () => {
    const card = fixtureCard("mistral__2026-05-08__quill-router-rawhtml.html");
    expect(card.status).toBe("ok");
    expect(card.prices.filter((p) => p.usdPer1M !== undefined).map((p) => `${p.model} ${p.dimension} ${p.usdPer1M}`)).toEqual([
      "Mistral Medium 3.5 input 1.5", "Mistral Medium 3.5 output 7.5", "Devstral 2 input 0.4", "Devstral 2 output 2",
    ]);
    expect(card.prices.some((p) => p.amount === 14.99 || p.amount === 24.99)).toBe(false);
  });

  it("DeepSeek zh: CNY amounts from the transposed model table, no usdPer1M", () => {
    const card = fixtureCard("deepseek__2025-12-19__llm-docs-zh-CNY.md");
    // "价格| 百万tokens输入（缓存命中）| 0.2元" spans both model columns, as do "2元" and "3元".
    expect(card.prices).toHaveLength(6);
    for (const model of ["deepseek-chat", "deepseek-reasoner"]) {
      expect(one(card, { model, dimension: "cache_read" })).toMatchObject({ amount: 0.2, currency: "CNY", unit: "1M tokens" });
      expect(one(card, { model, dimension: "cache_read" }).usdPer1M).toBeUndefined();
      expect(one(card, { model, dimension: "input" })).toMatchObject({ amount: 2, currency: "CNY" });
      expect(one(card, { model, dimension: "output" })).toMatchObject({ amount: 3, evidence: "百万tokens输出| 3元" });
    }
  });

  it("Kimi markdown: DocTable component rows", () => {
    const card = fixtureCard("kimi__2026-05-08__quill-router-md.md");
    // kimi-k2.6, kimi-k2.5 and five kimi-k2 models x 3, six moonshot-v1 models x 2.
    expect(card.prices).toHaveLength(33);
    expect(one(card, { model: "kimi-k2.6", dimension: "cache_read" })).toMatchObject({ amount: 0.16, usdPer1M: 0.16 });
    expect(one(card, { model: "kimi-k2.6", dimension: "input" })).toMatchObject({ amount: 0.95 });
    expect(one(card, { model: "kimi-k2.6", dimension: "output", evidence: '["kimi-k2.6", "1M tokens"' })).toMatchObject({ amount: 4 });
    expect(one(card, { model: "moonshot-v1-128k", dimension: "output" })).toMatchObject({ amount: 5 });
  });

  it("Kimi raw HTML: the overview has no prices", () => {
    expect(fixtureCard("kimi__2026-05-08__quill-router-rawhtml.html").status).toBe("not-pricing");
  });

  it("xAI: card lines 'Input$1.25 / 1M tokens', the chat table, tools per 1k calls, storage per GiB-day", () => {
    const card = fixtureCard("xai__2026-05-08__quill-router-jina.md");
    expect(card.prices).toHaveLength(36);
    expect(one(card, { model: "Grok 4.3", dimension: "input" })).toMatchObject({ amount: 1.25, evidence: "Input$1.25 / 1M tokens" });
    // "| grok-4-1-fast-reasoning | 2M | $0.20 | $0.50 | |" with "Prices shown per million tokens" below the table.
    expect(one(card, { model: "grok-4-1-fast-reasoning", dimension: "output" })).toMatchObject({ amount: 0.5, unit: "1M tokens" });
    expect(one(card, { model: "grok-imagine-video" })).toMatchObject({ dimension: "video", amount: 0.05, unit: "second" });
    // "| Realtime | $0.05 / min ($3.00 / hr) | |": the hourly figure restates the price.
    expect(find(card, { model: "Realtime" })).toHaveLength(1);
    expect(one(card, { model: "Web Search" })).toMatchObject({ dimension: "search", amount: 5, unit: "1K requests" });
    // "These charges will take effect starting on April 20th, 2026."
    expect(one(card, { model: "File storage" })).toMatchObject({ dimension: "storage", amount: 0.025, unit: "GB-day", validFrom: "2026-04-20" });
    expectCleanModels(card);
  });

  it("xAI with a clock after the start date: the storage price is simply current", () => {
    const text = normalizePageText({ body: readFixture("pages/xai__2026-05-08__quill-router-jina.md"), contentType: "text/markdown" });
    const card = extractPriceCard({ text, now: new Date("2026-05-08T00:00:00Z") });
    expect(one(card, { model: "File storage" }).validFrom).toBeUndefined();
  });

  it("Cohere: legacy prices in FAQ sentences", () => {
    const card = fixtureCard("cohere__2025-10-15__token-tally-jina.md");
    expect(card.prices).toHaveLength(12);
    // "Command R+ 08-2024 pricing is $2.50/1M tokens for input and $10.00/1M tokens for output"
    expect(one(card, { model: "Command R+ 08-2024", dimension: "output" })).toMatchObject({ amount: 10 });
    expect(one(card, { model: "Command-light", dimension: "input" })).toMatchObject({ amount: 0.3 });
    // "Aya Expanse models (8B and 32B) on the API are charged at $0.50/1M tokens for input ..."
    expect(one(card, { model: "Aya Expanse", dimension: "input" })).toMatchObject({ amount: 0.5 });
    // "when you reach $250 in outstanding balances" is not a price.
    expect(find(card, { amount: 250 })).toHaveLength(0);
  });

  it("Perplexity: search per 1K requests, token columns with ($/1M) headers, cost examples left out", () => {
    const card = fixtureCard("perplexity__2025-10-15__token-tally-jina.md");
    expect(card.prices).toHaveLength(14);
    // "| **Search API** | $5.00 | Raw web search results ... |" under "Price per 1K requests"
    expect(one(card, { model: "Search API" })).toMatchObject({ dimension: "search", amount: 5, unit: "1K requests" });
    // "| **Sonar Deep Research** | $2 | $8 | $2 | $5 | $3 |"
    expect(one(card, { model: "Sonar Deep Research", dimension: "search" })).toMatchObject({ amount: 5, unit: "1K searches" });
    expect(one(card, { model: "Sonar Deep Research", dimension: "citation" })).toMatchObject({ amount: 2 });
    expect(one(card, { model: "Sonar Deep Research", dimension: "reasoning" })).toMatchObject({ amount: 3 });
    expect(one(card, { model: "Sonar Pro", dimension: "output" })).toMatchObject({ amount: 15 });
    // "| Input tokens | $0.0005 |" in a cost example has no unit: not a price.
    expect(find(card, { amount: 0.0005 })).toHaveLength(0);
  });

  it("Cerebras: the developer tier's token prices from the RSC payload's table; plan prices ('Pro $50/month') are none, the plans' daily token allowances are limits", () => {
    const card = fixtureCard("cerebras__2026-05-08__quill-router.html");
    expect(card.status).toBe("ok");
    expect(card.prices.map((p) => `${p.model} ${p.dimension} ${p.usdPer1M}`)).toEqual([
      "ZAI GLM 4.7 input 2.25", "ZAI GLM 4.7 output 2.75", "GPT OSS 120B input 0.35", "GPT OSS 120B output 0.75",
      "Llama 3.1 8B input 0.1", "Llama 3.1 8B output 0.1", "Qwen 3 235B Instruct input 0.6", "Qwen 3 235B Instruct output 1.2",
    ]);
    // "### Pro $50/month" / "- Send up to 24 million tokens/day ($48/day worth of value)" under "## Cerebras Code".
    expect(card.limits).toEqual([
      expect.objectContaining({ model: "Cerebras Code", usageTier: "Pro", tpd: 24_000_000 }),
      expect.objectContaining({ model: "Cerebras Code", usageTier: "Max", tpd: 120_000_000 }),
    ]);
  });
});

describe("extractPriceCard page status", () => {
  it("empty text is empty", () => {
    expect(extractPriceCard({ text: "  \n\n " }).status).toBe("empty");
  });

  it("a Cloudflare challenge is blocked", () => {
    const body = "<html><head><title>Just a moment...</title></head><body><h1>example.com</h1><p>Verifying you are human. This may take a few seconds.</p><p>example.com needs to review the security of your connection before proceeding.</p><p>Ray ID: 8a1b2c3d4e5f</p><p>Performance &amp; security by Cloudflare</p></body></html>";
    const card = extractPriceCard({ text: normalizePageText({ body, contentType: "text/html" }) });
    expect(card.status).toBe("blocked");
    expect(extractPriceCard({ text: "Attention Required! | Cloudflare\n\nSorry, you have been blocked" }).status).toBe("blocked");
    expect(extractPriceCard({ text: "# Access Denied\n\nYou don't have permission to access this server.\n\nReference #18.2d351ab8.1700000000.abc" }).status).toBe("blocked");
  });

  it("a model catalogue with context windows and no prices is not-pricing", () => {
    const text = [
      "# Models overview", "", "| Model | Context window | Max output |", "| --- | --- | --- |",
      "| Claude Sonnet 4.5 | 200K / 1M (beta) | 64K |", "| Claude Haiku 4.5 | 200K | 64K |", "",
      "All models support text and image input.",
    ].join("\n");
    expect(extractPriceCard({ text }).status).toBe("not-pricing");
  });

  it("an error page and a blog post with a subscription price are not-pricing", () => {
    expect(extractPriceCard({ text: "# 404\n\nPage not found. The page you requested does not exist." }).status).toBe("not-pricing");
    const blog = "# Our new assistant\n\nToday we launch Pro for $20/month, and Max at $200/month for heavy users.\n\nIt saved our team $5,000 last year.";
    expect(extractPriceCard({ text: blog }).status).toBe("not-pricing");
  });
});

describe("extractPriceCard stability across formatting", () => {
  function tuples(card: PriceCard): string[] {
    return card.prices.map((p) => JSON.stringify([p.model, p.dimension, p.tier, p.contextAbove ?? null, p.contextUpTo ?? null, p.cacheTtl ?? null,
      p.qualifiers ?? null, p.amount, p.unit, p.currency])).sort();
  }
  const original = normalizePageText({ body: readFixture("pages/anthropic__2026-02-06__claude-docs-sitemap.md"), contentType: "text/markdown" });

  it("'$3' vs '$3.00', reordered rows, a renamed heading and extra spaces give the same prices", () => {
    const lines = original.split("\n");
    const first = lines.findIndex((l) => l.startsWith("| Claude Opus 4.6 | $5"));
    const rows = lines.slice(first, first + 11).reverse();
    const changed = [...lines.slice(0, first), ...rows, ...lines.slice(first + 11)].join("\n")
      .replace(/\$(\d+) \/ MTok/g, "$$$1.00 / MTok")
      .replace("## Model pricing", "## Prices for every model")
      .replace(/\| Claude Haiku 3 \|/g, "|   Claude Haiku 3   |")
      .replace("1.6 / MTok", "1.60 / MTok");
    expect(changed).not.toBe(original);
    expect(tuples(extractPriceCard({ text: changed }))).toEqual(tuples(extractPriceCard({ text: original })));
  });
});

describe("extractPriceCard on other common layouts", () => {
  it("a single-price table ('Model | Price per 1M tokens') prices input and output alike", () => {
    const text = "## Serverless models\n\n| Model | Price per 1M tokens |\n| --- | --- |\n| Llama 3.3 70B Instruct Turbo | $0.88 |\n| Qwen2.5 72B | $1.20 |";
    const card = extractPriceCard({ text });
    expect(card.prices).toHaveLength(4);
    expect(one(card, { model: "Llama 3.3 70B Instruct Turbo", dimension: "output" })).toMatchObject({ amount: 0.88, usdPer1M: 0.88 });
  });

  it("Groq-style headers with a unit and '(20M tokens per $1)' notes", () => {
    const text = [
      "| Model | Speed | Input Token Price (Per Million Tokens) | Output Token Price (Per Million Tokens) |",
      "| --- | --- | --- | --- |",
      "| Llama 3.1 8B Instant 128k | 840 TPS | $0.05 (20M tokens per $1) | $0.08 (12.5M tokens per $1) |",
    ].join("\n");
    const card = extractPriceCard({ text });
    expect(card.prices).toHaveLength(2);
    expect(one(card, { dimension: "input" })).toMatchObject({ model: "Llama 3.1 8B Instant 128k", amount: 0.05, unit: "1M tokens" });
    expect(find(card, { amount: 1 })).toHaveLength(0);
  });

  it("an HTML table where '$' and the amount are separate cells or split by a space", () => {
    const body = "<h2>Pricing</h2><table><thead><tr><th>Model</th><th colspan=2>Input (per 1K tokens)</th><th>Output (per 1K tokens)</th></tr></thead>"
      + "<tbody><tr><td>acme-large</td><td>$</td><td>0.003</td><td>$ 0.015</td></tr></tbody></table>";
    const card = extractPriceCard({ text: normalizePageText({ body, contentType: "text/html" }) });
    expect(one(card, { dimension: "input" })).toMatchObject({ model: "acme-large", amount: 0.003, unit: "1K tokens", usdPer1M: 3 });
    expect(one(card, { dimension: "output" })).toMatchObject({ amount: 0.015, usdPer1M: 15 });
  });

  it("an HTML table with group headings over its columns reads each column under both headings", () => {
    const body = "<h2>Flagship models</h2><p>Prices per 1M tokens.</p><table><thead><tr><th></th><th colSpan=\"2\">Short context</th><th colSpan=\"2\">Long context</th></tr>"
      + "<tr><th>Model</th><th>Input</th><th>Output</th><th>Input</th><th>Output</th></tr></thead>"
      + "<tbody><tr><td>acme-2</td><td>$5.00</td><td>$30.00</td><td>$10.00</td><td>$45.00</td></tr></tbody></table>";
    const card = extractPriceCard({ text: normalizePageText({ body, contentType: "text/html" }) });
    expect(card.prices).toHaveLength(4);
    expect(card.warnings).toEqual([]);
    expect(find(card, { dimension: "input" }).map((p) => [p.amount, p.qualifiers ?? null])).toEqual([[5, null], [10, { context: "long" }]]);
    expect(find(card, { dimension: "output" }).map((p) => [p.amount, p.qualifiers ?? null])).toEqual([[30, null], [45, { context: "long" }]]);
  });

  it("a long-context heading over columns that state their bound keeps only the bound", () => {
    const text = ["### Long context pricing", "", "| Model | Input ≤ 200K tokens | Input > 200K tokens |", "| --- | --- | --- |", "| acme-3 | $3 / MTok | $6 / MTok |"].join("\n");
    const card = extractPriceCard({ text });
    expect(card.prices.map((p) => [p.amount, p.contextAbove ?? null, p.qualifiers ?? null])).toEqual([[3, null, null], [6, 200000, null]]);
  });

  it("a Modality column names the modality of each row's prices", () => {
    const text = ["Prices per 1M tokens.", "", "| Model | Modality | Input | Cached input | Output |", "| --- | --- | --- | --- | --- |",
      "| acme-realtime | Audio | $32.00 | $0.40 | $64.00 |", "| acme-realtime | Text | $4.00 | $0.40 | $24.00 |", "| acme-realtime | Image | $5.00 | $0.50 | - |"].join("\n");
    const card = extractPriceCard({ text });
    expect(card.warnings).toEqual([]);
    expect(card.prices.map((p) => `${p.dimension} ${p.amount}`).sort()).toEqual(
      ["audio_cache_read 0.4", "audio_input 32", "audio_output 64", "cache_read 0.4", "image_cache_read 0.5", "image_input 5", "input 4", "output 24"],
    );
  });

  it("a threshold column of context bands and a GitHub-style footnote that makes a row a dated promotion", () => {
    const text = [
      "Prices per 1M tokens.", "", "| Model | Tier | Threshold (input tokens) | Input | Output |", "| --- | --- | --- | ---: | ---: |",
      "| acme-5 | Default | ≤ 272K | $2.50 | $15.00 |", "| acme-5 | Long context | > 272K | $5.00 | $22.50 |",
      "| acme-6[^acme-6-promo] | Default | ≤ 272K | $2.00 | $10.00 |", "",
      "[^acme-6-promo]: acme-6 is available at promotional pricing, 50% off standard rates, through September 3, 2026. The default tier is $2.00 per 1M input tokens and $10.00 per 1M output tokens.",
    ].join("\n");
    const card = extractPriceCard({ text, now: new Date("2026-08-01T00:00:00Z") });
    const rows = card.prices.map((p) => [p.model, p.dimension, p.tier, p.contextAbove ?? null, p.validUntil ?? null, p.amount]);
    expect(rows).toEqual(expect.arrayContaining([["acme-5", "input", "standard", null, null, 2.5], ["acme-5", "input", "standard", 272000, null, 5]]));
    expect(rows.filter((r) => r[0] === "acme-6")).toEqual([["acme-6", "input", "promo", null, "2026-09-03", 2], ["acme-6", "output", "promo", null, "2026-09-03", 10]]);
    expect(card.prices).toHaveLength(6);
  });

  it("a bold model line titles the price line under it: 'Cost: $0.23 (in) / $0.40 (out) per million tokens', in any language", () => {
    const english = ["### Models and prices per million tokens", "",
      "- **acme-ai/Acme-3.3-70B-Instruct**  ", "  Cost: $0.23 (in) / $0.40 (out) per million tokens.", "  ",
      "- **acme-ai/Acme-R1-Distill-70B-Extended**  ", "  Cost: $0.75 (in) / $2.40 (out) per million tokens."].join("\n");
    const portuguese = english.replace("Models and prices per million tokens", "Exemplos de Modelos e Preços").replace(/Cost:/g, "Custo:").replace(/per million tokens/g, "por milhão de tokens");
    for (const text of [english, portuguese]) {
      const rows = extractPriceCard({ text }).prices.map((p) => `${p.model} ${p.dimension} ${p.usdPer1M} ${Object.keys(p.qualifiers ?? {}).join(",")}`);
      expect(rows).toEqual([
        "acme-ai/Acme-3.3-70B-Instruct input 0.23 ", "acme-ai/Acme-3.3-70B-Instruct output 0.4 ",
        "acme-ai/Acme-R1-Distill-70B-Extended input 0.75 ", "acme-ai/Acme-R1-Distill-70B-Extended output 2.4 ",
      ]);
    }
  });

  it("a sentence in Portuguese states the table's unit ('seus custos por milhão de tokens')", () => {
    const text = ["## Modelos e Preços", "", "A tabela a seguir apresenta os modelos e seus custos por milhão de tokens:", "",
      "| Modelo | Custo (Entrada) | Custo (Saída) |", "|---|---|---|", "| **acme/Acme-3-70B** | $0.23 | $0.40 |"].join("\n");
    expect(extractPriceCard({ text }).prices.map((p) => `${p.model} ${p.dimension} ${p.usdPer1M}`)).toEqual(["acme/Acme-3-70B input 0.23", "acme/Acme-3-70B output 0.4"]);
  });

  it("a header listing its cells' dimensions ('Price (In / Cached / Out)') reads each cell's prices in that order; most tables' 'MToken' is the page's unit", () => {
    const text = ["## Acme Cloud", "", "| Model | Price (In/Out MToken) |", "|---|---|", "| Acme-R1 | $0.75 / $2.40 |", "",
      "## Beta Cloud", "", "| Model | Price (In/Out MToken) |", "|---|---|", "| Beta-3 70B | $0.60 / $1.20 |", "",
      "## Gamma AI", "", "| Model | Price (In / Cached / Out) |", "|---|---|", "| Gamma-4o mini | $0.150 / $0.075 / $0.600 |"].join("\n");
    expect(extractPriceCard({ text }).prices.map((p) => `${p.model} ${p.dimension} ${p.usdPer1M}`)).toEqual([
      "Acme-R1 input 0.75", "Acme-R1 output 2.4", "Beta-3 70B input 0.6", "Beta-3 70B output 1.2",
      "Gamma-4o mini input 0.15", "Gamma-4o mini cache_read 0.075", "Gamma-4o mini output 0.6",
    ]);
  });

  it("a Tier column that describes each model ('Reasoning', 'Cheap') is no qualifier of its prices; one that tells a model's prices apart is", () => {
    const plain = ["## Prices (per 1M tokens)", "", "| Model | Input | Output |", "|---|---|---|", "| acme-o3 | $2 | $8 |", "| acme-lite | $0.075 | $0.30 |"].join("\n");
    const described = ["## Prices (per 1M tokens)", "", "| Model | Input | Output | Tier |", "|---|---|---|---|", "| acme-o3 | $2 | $8 | Reasoning |", "| acme-lite | $0.075 | $0.30 | Cheap |"].join("\n");
    const view = (text: string) => extractPriceCard({ text }).prices.map((p) => `${p.model} ${p.dimension} ${p.amount} ${JSON.stringify(p.qualifiers ?? {})}`);
    expect(view(described)).toEqual(view(plain));
    const deployments = ["## Prices (per 1M tokens)", "", "| Model | Input | Output | Deployment |", "|---|---|---|---|", "| acme-o3 | $2 | $8 | Global |", "| acme-o3 | $2.20 | $8.80 | Data zone |"].join("\n");
    expect(view(deployments)).toEqual(['acme-o3 input 2 {"deployment":"Global"}', 'acme-o3 output 8 {"deployment":"Global"}', 'acme-o3 input 2.2 {"deployment":"Data zone"}', 'acme-o3 output 8.8 {"deployment":"Data zone"}']);
  });

  it("a table of models as columns and features as rows: the 'API ID' row gives each column's id, a 'Pricing' row glues '$5 / input MTok$25 / output MTok'", () => {
    const text = ["# About Acme models", "", "| Feature | Acme Opus 4.7 | Acme Haiku 4.5 |", "| --- | --- | --- |",
      "| Acme API ID | acme-opus-4-7 | acme-haiku-4-5-20251001 |", "| Context window | 1M tokens | 200K tokens |",
      "| Pricing1 | $5 / input MTok$25 / output MTok | $1 / input MTok$5 / output MTok |"].join("\n");
    expect(extractPriceCard({ text }).prices.map((p) => `${p.model} ${p.modelId} ${p.dimension} ${p.usdPer1M}`)).toEqual([
      "Acme Opus 4.7 acme-opus-4-7 input 5", "Acme Opus 4.7 acme-opus-4-7 output 25",
      "Acme Haiku 4.5 acme-haiku-4-5-20251001 input 1", "Acme Haiku 4.5 acme-haiku-4-5-20251001 output 5",
    ]);
  });

  it("a sentence 'For X, input tokens are priced at $2.50/M and output tokens at $10.00/M' prices X in both directions", () => {
    const text = ["## Pricing", "", "- For `acme-r-plus-08-2024`, input tokens are priced at \\$2.50/M and output tokens at \\$10.00/M.", "- For `acme-r-08-2024`, input tokens are priced at \\$0.15/M and output tokens at \\$0.60/M."].join("\n");
    expect(extractPriceCard({ text }).prices.map((p) => `${p.model} ${p.dimension} ${p.usdPer1M}`)).toEqual([
      "acme-r-plus-08-2024 input 2.5", "acme-r-plus-08-2024 output 10", "acme-r-08-2024 input 0.15", "acme-r-08-2024 output 0.6",
    ]);
  });

  it("a glued table with a Description column: each row's bold name is the model, the words after it its description", () => {
    const text = ["## Pricing", "", "ModelDescriptionInput CostOutput CostPrompt Caching ReadPrompt Caching Write**Acme-M2.1**Powerful coding (~60 tps)$0.3/M tokens$1.2/M tokens$0.03/M tokens$0.375/M tokens**Acme-M2.1-lightning**Faster and More Agile (~100 tps)$0.3/M tokens$2.4/M tokens$0.03/M tokens$0.375/M tokens"].join("\n");
    expect(extractPriceCard({ text }).prices.map((p) => `${p.model} ${p.dimension} ${p.usdPer1M}`)).toEqual([
      "Acme-M2.1 input 0.3", "Acme-M2.1 output 1.2", "Acme-M2.1 cache_read 0.03", "Acme-M2.1 cache_write 0.375",
      "Acme-M2.1-lightning input 0.3", "Acme-M2.1-lightning output 2.4", "Acme-M2.1-lightning cache_read 0.03", "Acme-M2.1-lightning cache_write 0.375",
    ]);
  });

  it("a glued table whose API ids run into a Best For and a Context Length cell; a card's 'Model:' field names its model", () => {
    const glued = ["## Model Selection Guide", "", "ModelBest ForContext LengthPrice/M Tokensacme-3.5General-purpose, multilingual32K$0.06acme-3.5-liteLatency-sensitive applications32K$0.02"].join("\n");
    expect(extractPriceCard({ text: glued }).prices.filter((p) => p.dimension === "input").map((p) => `${p.model} ${p.usdPer1M}`)).toEqual(["acme-3.5 0.06", "acme-3.5-lite 0.02"]);
    const card = ["### Specifications", "", "- Model: `acme-context-3`", "- Context length: 32,000 tokens per document", "- Pricing: $0.18 per million tokens"].join("\n");
    expect([...new Set(extractPriceCard({ text: card }).prices.map((p) => p.model))]).toEqual(["acme-context-3"]);
  });

  it("a list line 'Name (`id`): $1.25 per million tokens, description' prices its own model, with its id, under any heading", () => {
    const text = ["## Model Recommendations", "", "* **Acme V3** (`acme-ai/Acme-V3`): \\$1.25 per million tokens, excellent balance of performance and cost",
      "* **Acme 3.3 70B** (`acme-ai/Acme-3.3-70B-Turbo`): \\$0.88 per million tokens, fast and cost-effective"].join("\n");
    expect(extractPriceCard({ text }).prices.map((p) => `${p.model} ${p.modelId} ${p.dimension} ${p.usdPer1M}`)).toEqual([
      "Acme V3 acme-ai/Acme-V3 input 1.25", "Acme V3 acme-ai/Acme-V3 output 1.25",
      "Acme 3.3 70B acme-ai/Acme-3.3-70B-Turbo input 0.88", "Acme 3.3 70B acme-ai/Acme-3.3-70B-Turbo output 0.88",
    ]);
  });

  it("a list line '`id` - description (price)' prices its own model: the words before the parenthesised price describe it", () => {
    const text = ["**For Advanced Coding Tasks:**", "", "* `acme/Acme-Coder-480B-FP8` - Specialized for complex coding (\\$2.00/M tokens)",
      "* `acme/Acme-R1` - Advanced reasoning capabilities ($3.00-$7.00/M tokens)", "* For coding at scale, it is priced at $9 (see plans)"].join("\n");
    expect(extractPriceCard({ text }).prices.map((p) => `${p.model} ${p.dimension} ${p.usdPer1M}`)).toEqual([
      "acme/Acme-Coder-480B-FP8 input 2", "acme/Acme-Coder-480B-FP8 output 2", "acme/Acme-R1 input 3", "acme/Acme-R1 output 7",
    ]);
  });

  it("a line introducing a list ('For Opus 4.6, Sonnet 4 with >200K input tokens:') bounds the prompts of the prices under it; 'Sonnet 4.5/4:' names two models", () => {
    const text = ["## Long Context (1M tokens)", "", "All prices are per 1M tokens.", "", "For Acme Opus 4.6, Acme Sonnet 4.5, Acme Sonnet 4 with >200K input tokens:", "- Acme Opus 4.6: $10 input, $37.50 output", "- Acme Sonnet 4.5/4: $6 input, $22.50 output"].join("\n");
    expect(extractPriceCard({ text }).prices.map((p) => `${p.model} ${p.dimension} ${p.contextAbove} ${p.usdPer1M}`)).toEqual([
      "Acme Opus 4.6 input 200000 10", "Acme Opus 4.6 output 200000 37.5",
      "Acme Sonnet 4.5 input 200000 6", "Acme Sonnet 4 input 200000 6", "Acme Sonnet 4.5 output 200000 22.5", "Acme Sonnet 4 output 200000 22.5",
    ]);
  });

  it("a 'Free' cell in a column of prices is a price of zero; one in a column without prices is not", () => {
    const text = ["## Pricing (per 1M tokens)", "",
      "| Model | Input | Output | Web search |", "|---|---|---|---|",
      "| Acme-4.7 | $0.60 | $2.20 | Free |", "| Acme-4.7-Flash | Free | **Free** | Free |", "| Acme-4.5-FlashX | Limited-time Free | $0.40 | Free |"].join("\n");
    const rows = extractPriceCard({ text }).prices.map((p) => `${p.model} ${p.dimension} ${p.amount} ${p.currency}`);
    expect(rows).toEqual([
      "Acme-4.7 input 0.6 USD", "Acme-4.7 output 2.2 USD",
      "Acme-4.7-Flash input 0 USD", "Acme-4.7-Flash output 0 USD",
      "Acme-4.5-FlashX output 0.4 USD",
    ]);
  });

  it("a table glued into one line with free cells ('Free' is zero), empty cells ('-') and HTML entities in its names", () => {
    const text = ["## Pricing", "", "Prices per 1M tokens.", "",
      "ModelInputOutputCached ReadCached WriteBig PickleFreeFreeFree-Acme 4.7$0.60$2.20$0.10-Acme Sonnet 4 (&gt; 200K tokens)$6.00$22.50$0.60$7.50Acme Haiku 3$0.80$4.00--"].join("\n");
    const card = extractPriceCard({ text });
    expect(card.warnings).toEqual([]);
    const rows = card.prices.map((p) => `${p.model} ${p.dimension} ${p.contextAbove ?? "-"} ${p.amount}`);
    expect(rows).toEqual([
      "Big Pickle input - 0", "Big Pickle output - 0", "Big Pickle cache_read - 0",
      "Acme 4.7 input - 0.6", "Acme 4.7 output - 2.2", "Acme 4.7 cache_read - 0.1",
      "Acme Sonnet 4 input 200000 6", "Acme Sonnet 4 output 200000 22.5", "Acme Sonnet 4 cache_read 200000 0.6", "Acme Sonnet 4 cache_write 200000 7.5",
      "Acme Haiku 3 input - 0.8", "Acme Haiku 3 output - 4",
    ]);
  });

  it("model cards titled 'Vendor / Model' with USD prices that restate their CNY conversion in parentheses", () => {
    const card = (title: string, input: string, output: string) => [title, "", "A model for everyday coding.", "", "Acme", "", "400K 上下文", "", input, "", output, ""];
    const text = [
      ...card("Acme / acme-5.6-terra", "$ 2.50 (¥17.50) / M 输入 tokens", "$ 15.00 (¥105.00) / M 输出 tokens"),
      ...card("Acme Labs / Acme Sonnet 5", "$ 3.00 (¥21.00) / M 输入 tokens", "$ 15.00 (¥105.00) / M 输出 tokens"),
      ...card("Other / other-chat-2", "¥ 3.00 / M 输入 tokens", "¥ 9.00 / M 输出 tokens"),
    ].join("\n");
    const prices = extractPriceCard({ text }).prices;
    expect(prices.map((p) => `${p.model} ${p.dimension} ${p.currency} ${p.amount} ${p.unit}`)).toEqual([
      "acme-5.6-terra input USD 2.5 1M tokens", "acme-5.6-terra output USD 15 1M tokens",
      "Acme Sonnet 5 input USD 3 1M tokens", "Acme Sonnet 5 output USD 15 1M tokens",
      "other-chat-2 input CNY 3 1M tokens", "other-chat-2 output CNY 9 1M tokens",
    ]);
  });

  it("bare numbers under headers that state the currency and unit, in dollars and in euros", () => {
    for (const [header, cells, currency] of [["($/M tokens)", "0.50 | 1.50", "USD"], ["(€/M tokens)", "0,50 | 1,50", "EUR"]] as const) {
      const text = [`| Model | Input ${header} | Output ${header} | Context window |`, "| --- | --- | --- | --- |", `| acme-2 | ${cells} | 128000 |`].join("\n");
      const card = extractPriceCard({ text });
      expect(card.prices.map((p) => `${p.dimension} ${p.amount} ${p.currency} ${p.unit}`)).toEqual([`input 0.5 ${currency} 1M tokens`, `output 1.5 ${currency} 1M tokens`]);
    }
  });

  it("a Context column of ranges bands each row, a Tier column gives each row its tier, a heading states the unit", () => {
    const text = ["## Pricing (per 1M tokens)", "", "| Model | Tier | Context | Input | Output |", "| --- | --- | --- | --- | --- |",
      "| acme-3 | Standard | 0-32K | $1 | $4 |", "| acme-3 | Standard | 32K-128K | $2 | $8 |", "| acme-3 | Batch | 0-32K | $0.50 | $2 |"].join("\n");
    const card = extractPriceCard({ text });
    expect(card.warnings).toEqual([]);
    expect(card.prices.map((p) => `${p.dimension} ${p.tier} ${p.contextAbove ?? "-"} ${p.amount} ${p.unit}`)).toEqual([
      "input standard - 1 1M tokens", "output standard - 4 1M tokens", "input standard 32000 2 1M tokens", "output standard 32000 8 1M tokens",
      "input batch - 0.5 1M tokens", "output batch - 2 1M tokens",
    ]);
  });

  it("rows named by a bare modality under a model's heading price that model's modalities", () => {
    const text = ["## Acme Omni 2", "", "Prices per 1M tokens.", "", "| Type | Input | Output |", "| --- | --- | --- |", "| Text | $2.50 | $10.00 |", "| Image | $5.00 | - |", "| Audio | $40.00 | $80.00 |"].join("\n");
    expect(extractPriceCard({ text }).prices.map((p) => `${p.model} ${p.dimension} ${p.amount}`)).toEqual([
      "Acme Omni 2 input 2.5", "Acme Omni 2 output 10", "Acme Omni 2 image_input 5", "Acme Omni 2 audio_input 40", "Acme Omni 2 audio_output 80",
    ]);
  });

  it("a reseller table keeps each host's price apart, and a list item led by its model's name prices that model", () => {
    const table = ["| Model | Provider | Input $/1M tokens | Output $/1M tokens |", "| --- | --- | --- | --- |", "| Llama 3.3 70B | Acme Cloud | $0.59 | $0.79 |", "| Llama 3.3 70B | Beta Host | $0.60 | $0.80 |"].join("\n");
    const hosted = extractPriceCard({ text: table });
    expect(hosted.warnings).toEqual([]);
    expect(hosted.prices.map((p) => `${p.dimension} ${p.amount} ${p.qualifiers?.provider}`)).toEqual(["input 0.59 Acme Cloud", "output 0.79 Acme Cloud", "input 0.6 Beta Host", "output 0.8 Beta Host"]);
    const list = ["## Pricing", "", "* **acme-2**: $3 / 1M input tokens, $15 / 1M output tokens", "* **acme-3**: $1 / 1M input tokens, $5 / 1M output tokens"].join("\n");
    expect(extractPriceCard({ text: list }).prices.map((p) => `${p.model} ${p.dimension} ${p.amount} ${JSON.stringify(p.qualifiers ?? {})}`)).toEqual([
      "acme-2 input 3 {}", "acme-2 output 15 {}", "acme-3 input 1 {}", "acme-3 output 5 {}",
    ]);
  });

  it("a table with models as columns, whatever their names, and blank cells, prices each model from its own column", () => {
    const text = ["# Pricing", "", "| Model | Sonar | Sonar Pro | Acme Mini | Trinity Large Thinking | acme-2 |", "| --- | --- | --- | --- | --- | --- |",
      "| Input ($/1M tokens) | $1 | $3 | $0.10 | $2 | $5 |", "| Output ($/1M tokens) | $1 | $15 | - | $8 | $25 |"].join("\n");
    const card = extractPriceCard({ text });
    expect(card.warnings).toEqual([]);
    expect(card.prices.map((p) => `${p.model} ${p.dimension} ${p.amount}`).sort()).toEqual([
      "Acme Mini input 0.1", "Sonar Pro input 3", "Sonar Pro output 15", "Sonar input 1", "Sonar output 1",
      "Trinity Large Thinking input 2", "Trinity Large Thinking output 8", "acme-2 input 5", "acme-2 output 25",
    ]);
  });

  it("a paragraph that is only bold text heads the prices under it", () => {
    const text = ["**acme-pro-2**", "", "Input: **$3.00** / 1M tokens  ", "Output: **$15.00** / 1M tokens", "", "__acme-pro-3__", "", "Input: $1 / 1M tokens"].join("\n");
    expect(extractPriceCard({ text }).prices.map((p) => `${p.model} ${p.dimension} ${p.amount}`)).toEqual(["acme-pro-2 input 3", "acme-pro-2 output 15", "acme-pro-3 input 1"]);
  });

  it("an off-peak table with its window, and a dated future price", () => {
    const text = [
      "# Pricing", "", "Prices are per 1M tokens.", "", "| Model | Input (cache hit) | Input (cache miss) | Output |", "| --- | --- | --- | --- |",
      "| deepseek-chat | $0.07 | $0.27 | $1.10 |", "", "Off-peak discount (UTC 16:30-00:30):", "",
      "| Model | Input (cache hit) | Input (cache miss) | Output |", "| --- | --- | --- | --- |",
      "| deepseek-chat | $0.035 | $0.135 | $0.550 |", "",
      "## New prices", "", "The prices below apply starting September 1, 2026, per 1M tokens.", "",
      "| Model | Input | Output |", "| --- | --- | --- |", "| deepseek-chat | $0.28 | $0.42 |",
    ].join("\n");
    const card = extractPriceCard({ text, now: new Date("2026-05-01T00:00:00Z") });
    expect(one(card, { dimension: "output", tier: "off_peak" })).toMatchObject({ amount: 0.55, qualifiers: { window: "16:30-00:30 UTC" } });
    expect(one(card, { dimension: "input", tier: "standard", validFrom: "2026-09-01" })).toMatchObject({ amount: 0.28 });
    expect(one(card, { dimension: "input", tier: "standard", validFrom: undefined })).toMatchObject({ amount: 0.27 });
  });

  it("per-1K token prices normalise exactly and EUR keeps no usdPer1M", () => {
    const text = "| Model | Input | Output |\n| --- | --- | --- |\n| acme-small | $0.0003 / 1K tokens | €0.0006 / 1K tokens |";
    const card = extractPriceCard({ text });
    expect(one(card, { dimension: "input" }).usdPer1M).toBe(0.3);
    expect(one(card, { dimension: "output" })).toMatchObject({ currency: "EUR", amount: 0.0006 });
    expect(one(card, { dimension: "output" }).usdPer1M).toBeUndefined();
  });

  it("a table with USD and EUR columns gives both currencies; decimal commas only next to a euro", () => {
    const text = [
      "| Model | Input (USD) | Output (USD) | Input (EUR) | Output (EUR) |", "| --- | --- | --- | --- | --- |",
      "| Acme Small | 2$ / 1M tokens | 6$ / 1M tokens | 1,85 € / 1M tokens | 5,55 € / 1M tokens |",
      "| Acme Large | $1,200 / 1M tokens | 24$ / 1M tokens | 1.85 EUR / 1M tokens | 0.2€ / 1M tokens |",
    ].join("\n");
    const card = extractPriceCard({ text });
    expect(card.prices).toHaveLength(8);
    expect(one(card, { model: "Acme Small", dimension: "input", currency: "USD" })).toMatchObject({ amount: 2, usdPer1M: 2 });
    expect(one(card, { model: "Acme Small", dimension: "input", currency: "EUR" })).toMatchObject({ amount: 1.85, tier: "standard", unit: "1M tokens" });
    expect(one(card, { model: "Acme Small", dimension: "output", currency: "EUR" })).toMatchObject({ amount: 5.55 });
    expect(one(card, { model: "Acme Small", dimension: "output", currency: "EUR" }).usdPer1M).toBeUndefined();
    expect(one(card, { model: "Acme Large", dimension: "input", currency: "USD" })).toMatchObject({ amount: 1200 });
    expect(one(card, { model: "Acme Large", dimension: "input", currency: "EUR" })).toMatchObject({ amount: 1.85 });
    expect(card.warnings).toEqual([]);
  });

  it("footnotes on prices and models: a start date, a promotion's end, a context band", () => {
    const text = [
      "## Pricing", "", "Prices per 1M tokens.", "",
      "| Model | Input | Output |", "| --- | --- | --- |",
      "| Acme Max† | $4 | $20 |", "| Acme Mini | $0.50* | $2 |", "| Acme Long | $3 [1] | $12 [1] |", "",
      "† New prices effective September 1, 2026.", "", "* Launch price until 2026-12-31; $1 afterwards.", "",
      "[1] Applies to prompts over 200K tokens.",
    ].join("\n");
    const card = extractPriceCard({ text, now: new Date("2026-05-01T00:00:00Z") });
    expect(one(card, { model: "Acme Max", dimension: "input" })).toMatchObject({ amount: 4, validFrom: "2026-09-01" });
    expect(one(card, { model: "Acme Mini", dimension: "input" })).toMatchObject({ amount: 0.5, tier: "promo", validUntil: "2026-12-31" });
    expect(one(card, { model: "Acme Mini", dimension: "output", validUntil: undefined })).toMatchObject({ tier: "standard", amount: 2 });
    expect(one(card, { model: "Acme Long", dimension: "output" })).toMatchObject({ amount: 12, contextAbove: 200000 });
    // After the promotion ends, its price is gone.
    expect(find(extractPriceCard({ text, now: new Date("2027-01-15T00:00:00Z") }), { model: "Acme Mini", dimension: "input" })).toHaveLength(0);
  });

  it("rate-limit tables by usage tier and model", () => {
    const text = [
      "# Rate limits", "", "### Tier 1", "",
      "| Model | Maximum requests per minute (RPM) | Maximum input tokens per minute (ITPM) | Maximum output tokens per minute (OTPM) |",
      "| --- | --- | --- | --- |", "| Claude Sonnet 4.x** | 50 | 30,000 | 8,000 |", "| Claude Opus 4.x* | 50 | 30,000 | 8,000 |", "",
      "### Tier 2", "", "| Model | RPM | TPM | RPD |", "| --- | --- | --- | --- |", "| gpt-4.1-mini | 5,000 | 2,000,000 | — |",
    ].join("\n");
    const card = extractPriceCard({ text });
    expect(card.status).toBe("not-pricing");
    expect(card.limits).toEqual([
      { model: "Claude Sonnet 4.x", usageTier: "Tier 1", rpm: 50, itpm: 30000, otpm: 8000, evidence: "| Claude Sonnet 4.x** | 50 | 30,000 | 8,000 |" },
      { model: "Claude Opus 4.x", usageTier: "Tier 1", rpm: 50, itpm: 30000, otpm: 8000, evidence: "| Claude Opus 4.x* | 50 | 30,000 | 8,000 |" },
      { model: "gpt-4.1-mini", usageTier: "Tier 2", rpm: 5000, tpm: 2000000, evidence: "| gpt-4.1-mini | 5,000 | 2,000,000 | — |" },
    ]);
  });

  it("a model per heading with prose prices", () => {
    const text = "## Acme Swift 2\n\nInput: $0.15 per 1M tokens\n\nOutput: $0.60 per 1M tokens\n\n## Acme Deep 3\n\nIt costs $2 per 1M input tokens and $8 per 1M output tokens.";
    const card = extractPriceCard({ text });
    expect(card.prices).toHaveLength(4);
    expect(one(card, { model: "Acme Swift 2", dimension: "output" })).toMatchObject({ amount: 0.6 });
    expect(one(card, { model: "Acme Deep 3", dimension: "output" })).toMatchObject({ amount: 8 });
  });

  it("a fine-tuning section prices fine-tuned models, each a model of its own beside the base model", () => {
    const text = [
      "## Models", "Prices per 1M tokens.",
      "| Model | Input | Output |", "| --- | --- | --- |", "| acme-4.1 | $2.00 | $8.00 |",
      "## Fine-tuning", "Prices per 1M tokens.",
      "| Model | Training | Input | Output |", "| --- | --- | --- | --- |", "| acme-4.1 | $25.00 | $3.00 | $12.00 |",
      "## Reinforcement fine-tuning",
      "| Model | Training | Input | Output |", "| --- | --- | --- | --- |", "| acme-o4 | $100.00 / hour | $4.00 | $16.00 |",
    ].join("\n");
    const card = extractPriceCard({ text });
    expect(one(card, { model: "acme-4.1", dimension: "input" })).toMatchObject({ usdPer1M: 2 });
    expect(one(card, { model: "acme-4.1 (fine-tuned)", dimension: "input" })).toMatchObject({ usdPer1M: 3 });
    expect(one(card, { model: "acme-4.1 (fine-tuned)", dimension: "training" })).toMatchObject({ usdPer1M: 25 });
    expect(one(card, { model: "acme-o4 (reinforcement fine-tuned)", dimension: "training" })).toMatchObject({ amount: 100, unit: "hour" });
    expect(card.prices.every((p) => p.qualifiers?.variant === undefined)).toBe(true);
  });
  it("a model heading that states its API id on the line under it is named by that id", () => {
    const text = [
      "## Acme Swift 2.5 Preview", "_`acme-swift-2.5-preview-09-2025`_", "A faster preview.",
      "Input price: $0.30 per 1M tokens", "Output price: $2.50 per 1M tokens",
      "## Acme Deep 3", "Usage: `pip install acme` first.", "Input price: $2 per 1M tokens",
      "## Acme Mini 1 and Acme Nano 1", "`acme-mini-1`", "| Model | Input (per 1M tokens) |", "| --- | --- |", "| Acme Mini 1 | $0.10 |", "| Acme Nano 1 | $0.05 |",
    ].join("\n");
    const card = extractPriceCard({ text });
    expect(one(card, { model: "acme-swift-2.5-preview-09-2025", dimension: "output" })).toMatchObject({ usdPer1M: 2.5 });
    expect(find(card, { model: "Acme Swift 2.5 Preview" })).toEqual([]);
    // A code line that is not a lone id leaves the heading's name; so does a heading naming several models.
    expect(one(card, { model: "Acme Deep 3", dimension: "input" })).toMatchObject({ usdPer1M: 2 });
    expect(one(card, { model: "Acme Nano 1", dimension: "input" })).toMatchObject({ usdPer1M: 0.05 });
  });
});

describe("extractPriceCard: headings that state a unit or a section number", () => {
  it("reads '(per 1M tokens)' in a heading as the unit of its tables, and '9. Embeddings' as no model", () => {
    const text = ["## Text / Multimodal Models (per 1M tokens)", "", "| Model | Input | Output | Cache | Batch In | Batch Out |", "|---|---|---|---|---|---|",
      "| Acme 3 Pro | $2.00 | $12.00 | $0.20 | $1.00 | $6.00 |", "", "### 9. Embeddings (per 1M tokens)", "", "| Model | Cost | Batch cost |", "|---|---|---|",
      "| acme-embed-3 | $0.02 | $0.01 |", ""].join("\n");
    const card = extractPriceCard({ text });
    expect(card.prices.map((p) => `${p.model} ${p.dimension} ${p.tier} ${p.usdPer1M}`)).toEqual([
      "Acme 3 Pro input standard 2", "Acme 3 Pro output standard 12", "Acme 3 Pro cache_read standard 0.2", "Acme 3 Pro input batch 1", "Acme 3 Pro output batch 6",
      "acme-embed-3 input standard 0.02", "acme-embed-3 input batch 0.01",
    ]);
  });

  it("gives a table with token directions and no unit the page's one token unit", () => {
    const text = ["## Model Pricing (per 1M tokens, USD)", "", "| Model | Input | Output |", "|---|---|---|", "| Acme Opus 4.6 | $5 | $25 |", "",
      "## Batch API (50% discount)", "", "| Model | Batch Input | Batch Output |", "|---|---|---|", "| Opus 4.6 | $2.50 | $12.50 |", "",
      "## Image generation", "", "| Model | Price |", "|---|---|", "| Acme Paint 2 | $0.04 |", ""].join("\n");
    const card = extractPriceCard({ text });
    expect(card.prices.map((p) => `${p.model} ${p.tier} ${p.dimension} ${p.usdPer1M}`)).toEqual([
      "Acme Opus 4.6 standard input 5", "Acme Opus 4.6 standard output 25", "Acme Opus 4.6 batch input 2.5", "Acme Opus 4.6 batch output 12.5",
      // An image generation section prices images, not tokens.
      "Acme Paint 2 standard image undefined",
    ]);
    // A page that states two token units gives none to a table that states neither.
    const two = extractPriceCard({ text: text.replace("## Image generation", "## Legacy (per 1K tokens)") });
    expect(two.prices.filter((p) => p.tier === "batch")).toEqual([]);
  });
});
