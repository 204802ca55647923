// Test support: price cards read from the Anthropic fixture pages by a deliberately narrow table reader,
// so the change-event tests run on real rows while the real extraction is written elsewhere.
import { readFixture } from "../../../test/read-fixture";
import type { Price, PriceCard } from "../../pricing/types";

export function anthropicFixtureCard(date: "2026-01-15" | "2026-02-06"): PriceCard {
  return anthropicPageCard(readFixture(`pages/anthropic__${date}__claude-docs-sitemap.md`));
}

export function tokenPrice(model: string, dimension: string, usd: number, evidence: string, extra: Partial<Price> = {}): Price {
  return { model, dimension, tier: "standard", amount: usd, unit: "1M tokens", currency: "USD", usdPer1M: usd, evidence, ...extra };
}

export function card(prices: Price[], extra: Partial<PriceCard> = {}): PriceCard {
  return { provider: "anthropic", status: "ok", prices, limits: [], modifiers: [], warnings: [], ...extra };
}

function anthropicPageCard(page: string): PriceCard {
  const prices: Price[] = [];
  const lines = page.split("\n");
  lines.forEach((line, index) => {
    if (!line.startsWith("|")) return;
    const cells = line.split("|").slice(1, -1).map((cell) => cell.trim());
    const [first = "", second = "", third = ""] = cells;
    const nextRow = lines[index + 1] ?? "";
    if (first.startsWith("Claude") && cells.length === 6) {
      const [input, write5m, write1h, read, output] = cells.slice(1).map(dollars);
      prices.push(
        tokenPrice(first, "input", input!, line),
        tokenPrice(first, "cache_write", write5m!, line, { cacheTtl: "5m" }),
        tokenPrice(first, "cache_write", write1h!, line, { cacheTtl: "1h" }),
        tokenPrice(first, "cache_read", read!, line),
        tokenPrice(first, "output", output!, line),
      );
    } else if (first.startsWith("Claude") && second.startsWith("Input:")) {
      // The 2026-02 long-context table: one model column, input row then output row.
      for (const model of expandModels(first)) longContext(prices, model, line, third, nextRow);
    } else if (first.startsWith("Input:")) {
      // The 2026-01 long-context table has no model column; the paragraph above names Sonnet 4 and 4.5.
      for (const model of ["Claude Sonnet 4.5", "Claude Sonnet 4"]) longContext(prices, model, line, second, nextRow);
    } else if (first.startsWith("Claude") && cells.length === 3 && second.includes("/ MTok")) {
      prices.push(tokenPrice(first, "input", dollars(second), line, { tier: "batch" }), tokenPrice(first, "output", dollars(third), line, { tier: "batch" }));
    }
  });
  return card(prices);
}

function longContext(prices: Price[], model: string, inputRow: string, inputCell: string, outputRow: string): void {
  const outputCell = outputRow.split("|").map((cell) => cell.trim()).filter(Boolean).at(-1) ?? "";
  prices.push(
    tokenPrice(model, "input", dollars(inputCell), inputRow, { contextAbove: 200_000 }),
    tokenPrice(model, "output", dollars(outputCell), outputRow, { contextAbove: 200_000 }),
  );
}

/** "Claude Sonnet 4.5 / 4" -> Claude Sonnet 4.5, Claude Sonnet 4. */
function expandModels(cell: string): string[] {
  const [head = "", ...versions] = cell.split(" / ");
  return [head, ...versions.map((version) => head.replace(/[\d.]+$/, version))];
}

function dollars(cell: string): number {
  const match = /\$([\d.]+)/.exec(cell);
  if (!match) throw new Error(`no dollar amount in "${cell}"`);
  return Number(match[1]);
}
