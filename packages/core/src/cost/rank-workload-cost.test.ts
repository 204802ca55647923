import { describe, expect, it } from "vitest";
import type { Price } from "../pricing/types";
import { rankWorkloadCost } from "./rank-workload-cost";
import type { CostCard } from "./types";

const token = (model: string, dimension: string, usd: number, extra: Partial<Price> = {}): Price => ({
  model, dimension, tier: "standard", amount: usd, unit: "1M tokens", currency: "USD", usdPer1M: usd, evidence: `| ${model} | $${usd} / MTok |`, ...extra,
});

// Claude Opus 4.6 as the 2026-02-06 Anthropic page prices it.
const opus46: Price[] = [
  token("Claude Opus 4.6", "input", 5),
  token("Claude Opus 4.6", "cache_write", 6.25, { cacheTtl: "5m" }),
  token("Claude Opus 4.6", "cache_write", 10, { cacheTtl: "1h" }),
  token("Claude Opus 4.6", "cache_read", 0.5),
  token("Claude Opus 4.6", "output", 25),
  token("Claude Opus 4.6", "input", 2.5, { tier: "batch" }),
  token("Claude Opus 4.6", "output", 12.5, { tier: "batch" }),
  token("Claude Opus 4.6", "input", 10, { contextAbove: 200_000 }),
  token("Claude Opus 4.6", "output", 37.5, { contextAbove: 200_000 }),
];
const sonnet45 = [token("Claude Sonnet 4.5", "input", 3), token("Claude Sonnet 4.5", "output", 15), token("Claude Sonnet 4.5", "cache_read", 0.3)];
const haiku45 = [token("Claude Haiku 4.5", "input", 1), token("Claude Haiku 4.5", "output", 5)];
const anthropic: CostCard = { provider: "anthropic", prices: [...opus46, ...sonnet45, ...haiku45] };
const opusOnly: CostCard = { provider: "anthropic", prices: opus46 };
const tenK = { inputTokens: 10_000, outputTokens: 10_000 };

describe("rankWorkloadCost", () => {
  it("prices 10k in + 10k out on Opus 4.6 at $0.30 a task, $300 at 1,000 tasks a month", () => {
    const { rows } = rankWorkloadCost([opusOnly], tenK);
    expect(rows).toEqual([
      {
        provider: "anthropic",
        model: "Claude Opus 4.6",
        perTask: 0.3,
        perTaskUnrounded: expect.closeTo(0.3, 12),
        fixedMonthly: 0,
        monthly: [{ volume: 1_000, cost: 300 }, { volume: 1_000_000, cost: 300_000 }],
        basis: ["input $5/1M (prompts ≤ 200K)", "output $25/1M (prompts ≤ 200K)"],
      },
    ]);
  });

  it("uses the long-context band's input and output prices above 200K input tokens", () => {
    const [row] = rankWorkloadCost([opusOnly], { inputTokens: 300_000, outputTokens: 10_000 }).rows;
    // 300k × $10/1M + 10k × $37.50/1M = $3 + $0.375
    expect(row?.perTask).toBe(3.375);
    expect(row?.basis).toEqual(["input $10/1M (prompts > 200K)", "output $37.50/1M (prompts > 200K)"]);
    // Exactly 200K is still the lower band.
    expect(rankWorkloadCost([opusOnly], { inputTokens: 200_000, outputTokens: 0 }).rows[0]?.perTask).toBe(1);
  });

  it("uses batch prices for batch work: half the cost", () => {
    const [row] = rankWorkloadCost([opusOnly], { ...tenK, batch: true }).rows;
    expect(row?.perTask).toBe(0.15);
    expect(row?.basis).toEqual(["batch tier", "input $2.50/1M (prompts ≤ 200K)", "output $12.50/1M (prompts ≤ 200K)"]);
  });

  it("applies a card's batch modifier when the model has no batch prices, and skips it without one", () => {
    const noBatchTier = opus46.filter((price) => price.tier !== "batch");
    const withModifier: CostCard = { provider: "anthropic", prices: noBatchTier, modifiers: [{ name: "batch", factor: 0.5, appliesTo: "input and output tokens" }] };
    const [row] = rankWorkloadCost([withModifier], { ...tenK, batch: true }).rows;
    expect(row?.perTask).toBe(0.15);
    expect(row?.basis[0]).toBe("batch: standard prices × 0.5 (modifier)");
    expect(row?.basis[1]).toBe("input $2.50/1M (prompts ≤ 200K, standard $5/1M × 0.5)");

    const ranking = rankWorkloadCost([{ provider: "anthropic", prices: noBatchTier }], { ...tenK, batch: true });
    expect(ranking.rows).toEqual([]);
    expect(ranking.skipped).toEqual([{ provider: "anthropic", model: "Claude Opus 4.6", reason: "no batch price" }]);
  });

  it("skips batch work above a long-context threshold the batch table does not price", () => {
    const ranking = rankWorkloadCost([opusOnly], { inputTokens: 300_000, outputTokens: 1_000, batch: true });
    expect(ranking.skipped).toEqual([{ provider: "anthropic", model: "Claude Opus 4.6", reason: "no batch price for prompts > 200K" }]);
  });

  it("prices the cached share of input at the cache read price", () => {
    const [row] = rankWorkloadCost([opusOnly], { ...tenK, cachedShare: 0.5 }).rows;
    // 5k × $5/1M + 5k × $0.50/1M + 10k × $25/1M = 0.025 + 0.0025 + 0.25
    expect(row?.perTask).toBe(0.2775);
    expect(row?.basis).toContain("cache read $0.50/1M on 50% of input");
  });

  it("prices cached input at the full input price, and says so, when the model has no cache read price", () => {
    const [row] = rankWorkloadCost([{ provider: "anthropic", prices: haiku45 }], { ...tenK, cachedShare: 0.5 }).rows;
    expect(row?.perTask).toBe(0.06);
    expect(row?.basis).toContain("no cache read price: cached 50% of input at the full input price");
  });

  it("prices a batch task's cached input at the standard cache read price when the batch table has none", () => {
    const [row] = rankWorkloadCost([opusOnly], { ...tenK, cachedShare: 0.5, batch: true }).rows;
    // 5k × $2.50/1M + 5k × $0.50/1M + 10k × $12.50/1M
    expect(row?.perTask).toBe(0.14);
    expect(row?.basis).toContain("cache read $0.50/1M (standard price: no batch price) on 50% of input");
  });

  it("adds a per-request fee to every task", () => {
    const sonar: CostCard = {
      provider: "perplexity",
      prices: [
        token("Sonar", "input", 1),
        token("Sonar", "output", 1),
        { model: "Sonar", dimension: "request", tier: "standard", amount: 5, unit: "1K requests", currency: "USD", evidence: "$5 per 1K requests (low context)" },
      ],
    };
    const [row] = rankWorkloadCost([sonar], tenK).rows;
    // 10k × $1/1M + 10k × $1/1M + $5/1000
    expect(row?.perTask).toBe(0.025);
    expect(row?.monthly).toEqual([{ volume: 1_000, cost: 25 }, { volume: 1_000_000, cost: 25_000 }]);
    expect(row?.basis).toContain("request fee $0.005 per request");
  });

  it("sorts cheapest first and names the cheapest model at each volume", () => {
    const ranking = rankWorkloadCost([anthropic], tenK);
    expect(ranking.rows.map((row) => [row.model, row.perTask])).toEqual([
      ["Claude Haiku 4.5", 0.06],
      ["Claude Sonnet 4.5", 0.18],
      ["Claude Opus 4.6", 0.3],
    ]);
    expect(ranking.cheapestAt).toEqual([
      { volume: 1_000, provider: "anthropic", model: "Claude Haiku 4.5", monthly: 60 },
      { volume: 1_000_000, provider: "anthropic", model: "Claude Haiku 4.5", monthly: 60_000 },
    ]);
  });

  it("lets a fixed monthly fee make a model cheapest at high volume only", () => {
    const flat: CostCard = {
      provider: "acme",
      prices: [
        token("Acme Pro", "input", 1),
        token("Acme Pro", "output", 4),
        { model: "Acme Pro", dimension: "platform", tier: "standard", amount: 100, unit: "month", currency: "USD", evidence: "Platform fee $100 / month" },
      ],
    };
    const ranking = rankWorkloadCost([opusOnly, flat], { ...tenK, volumes: [100, 1_000] });
    // Opus: $0.30 a task. Acme: $100 + $0.05 a task.
    expect(ranking.rows.map((row) => [row.model, row.monthly])).toEqual([
      ["Claude Opus 4.6", [{ volume: 100, cost: 30 }, { volume: 1_000, cost: 300 }]],
      ["Acme Pro", [{ volume: 100, cost: 105 }, { volume: 1_000, cost: 150 }]],
    ]);
    expect(ranking.cheapestAt.map((entry) => [entry.volume, entry.model, entry.monthly])).toEqual([
      [100, "Claude Opus 4.6", 30],
      [1_000, "Acme Pro", 150],
    ]);
    expect(ranking.rows[1]?.basis).toContain("fixed fee $100 per month");
  });

  it("skips models it cannot price, with the reason", () => {
    const cards: CostCard[] = [
      { provider: "openai", prices: [token("gpt-image-1", "image", 0, { usdPer1M: undefined, amount: 0.04, unit: "image" })] },
      { provider: "deepseek", prices: [{ model: "deepseek-chat", dimension: "input", tier: "standard", amount: 2, unit: "1M tokens", currency: "CNY", evidence: "2元" }] },
      { provider: "acme", prices: [token("Acme Embed", "input", 0.02)] },
      { provider: "acme", prices: [token("Acme Chat", "output", 2)] },
    ];
    expect(rankWorkloadCost(cards, tenK)).toEqual({
      rows: [],
      cheapestAt: [],
      skipped: [
        { provider: "acme", model: "Acme Chat", reason: "no input price" },
        { provider: "acme", model: "Acme Embed", reason: "no output price" },
        { provider: "deepseek", model: "deepseek-chat", reason: "no USD token prices" },
        { provider: "openai", model: "gpt-image-1", reason: "no USD token prices" },
      ],
    });
  });

  it("skips a model whose priced context ends below the prompt", () => {
    const small: CostCard = { provider: "acme", prices: [token("Acme Small", "input", 1, { contextUpTo: 128_000 }), token("Acme Small", "output", 2)] };
    expect(rankWorkloadCost([small], { inputTokens: 200_000, outputTokens: 10 }).skipped).toEqual([{ provider: "acme", model: "Acme Small", reason: "no input price" }]);
  });

  it("ignores prices not yet in force and promotions that have ended", () => {
    const now = new Date("2026-06-15T12:00:00Z");
    const dated: CostCard = {
      provider: "anthropic",
      prices: [
        ...haiku45,
        token("Claude Haiku 4.5", "input", 0.5, { validFrom: "2026-09-01" }),
        token("Claude Haiku 4.5", "output", 1, { tier: "promo", validUntil: "2026-06-01" }),
      ],
    };
    expect(rankWorkloadCost([dated], { ...tenK, now }).rows[0]?.perTask).toBe(0.06);
    // Once the date has passed the announced price applies; a promotion still running applies too.
    const later = new Date("2026-09-01T00:00:00Z");
    const running: CostCard = { ...dated, prices: [...dated.prices, token("Claude Haiku 4.5", "output", 2.5, { tier: "promo", validUntil: "2026-12-31" })] };
    const [row] = rankWorkloadCost([running], { ...tenK, now: later }).rows;
    // 10k × $0.50/1M + 10k × $2.50/1M
    expect(row?.perTask).toBe(0.03);
    expect(row?.basis).toEqual(["input $0.50/1M", "output $2.50/1M (promotion until 2026-12-31)"]);
  });

  it("keeps the rounding of a per-task cost out of the monthly cost", () => {
    const cheap: CostCard = { provider: "gemini", prices: [token("Gemini 2.0 Flash-Lite", "input", 0.075), token("Gemini 2.0 Flash-Lite", "output", 0.3)] };
    const [row] = rankWorkloadCost([cheap], { inputTokens: 1_234, outputTokens: 0 }).rows;
    // 1,234 × $0.075/1M = $0.00009255
    expect(row?.perTask).toBe(0.000093);
    expect(row?.monthly).toEqual([{ volume: 1_000, cost: 0.09 }, { volume: 1_000_000, cost: 92.55 }]);
  });

  it("prices a month of requestsPerMonth instead of the default volumes", () => {
    const [row] = rankWorkloadCost([opusOnly], { ...tenK, requestsPerMonth: 2_500, volumes: [1, 2] }).rows;
    expect(row?.monthly).toEqual([{ volume: 2_500, cost: 750 }]);
  });

  it("groups a registry's prices by their own provider and keeps the card as the source", () => {
    const registry: CostCard = {
      provider: "openrouter",
      prices: [
        { ...token("Llama 3.3 70B", "input", 0.59), provider: "groq" },
        { ...token("Llama 3.3 70B", "output", 0.79), provider: "groq" },
        { ...token("Llama 3.3 70B", "input", 0.88), provider: "together" },
        { ...token("Llama 3.3 70B", "output", 0.88), provider: "together" },
      ],
    };
    expect(rankWorkloadCost([registry], tenK).rows.map((row) => [row.provider, row.source, row.perTask])).toEqual([
      ["groq", "openrouter", 0.0138],
      ["together", "openrouter", 0.0176],
    ]);
  });

  it("rejects an impossible workload with a message naming the field", () => {
    expect(() => rankWorkloadCost([opusOnly], { inputTokens: -1, outputTokens: 10 })).toThrow("workload inputTokens must be a non-negative number, got -1");
    expect(() => rankWorkloadCost([opusOnly], { ...tenK, cachedShare: 1.5 })).toThrow("workload cachedShare must be between 0 and 1");
  });
});
