import { describe, expect, it } from "vitest";
import type { Price } from "../types";
import { buildRegistryCard } from "./build-registry-card";

function price(model: string, dimension: string, extra: Partial<Price> = {}): Price {
  const base = { tier: "standard", amount: 1, unit: "1M tokens", currency: "USD", usdPer1M: 1 };
  return { model, dimension, ...base, evidence: `${model} ${dimension}`, ...extra };
}

describe("buildRegistryCard", () => {
  it("orders by provider, model, dimension, tier and contextAbove whatever the input order", () => {
    const prices = [
      price("b", "input", { provider: "openai" }),
      price("a", "output", { provider: "openai" }),
      price("a", "input", { provider: "openai", contextAbove: 200000 }),
      price("a", "input", { provider: "openai", tier: "batch" }),
      price("a", "input", { provider: "openai" }),
      price("z", "input", { provider: "anthropic" }),
    ];
    const order = (list: Price[]) =>
      buildRegistryCard("test", list, new Map()).prices.map((p) =>
        `${p.provider} ${p.model} ${p.dimension} ${p.tier} ${p.contextAbove ?? ""}`.trim(),
      );
    expect(order(prices)).toEqual([
      "anthropic z input standard",
      "openai a input batch",
      "openai a input standard",
      "openai a input standard 200000",
      "openai a output standard",
      "openai b input standard",
    ]);
    expect(order([...prices].reverse())).toEqual(order(prices));
  });

  it("keeps the first of two prices with the same key and says so once", () => {
    const prices = [price("a", "input", { amount: 1 }), price("a", "input", { amount: 2 }), price("a", "input", { unit: "1M characters" })];
    const card = buildRegistryCard("test", prices, new Map());
    expect(card.prices.map((p) => [p.unit, p.amount])).toEqual([
      ["1M characters", 1],
      ["1M tokens", 1],
    ]);
    expect(card.warnings).toEqual(["duplicate price for the same model, dimension, tier and unit: kept the first (1 entry)"]);
  });

  it("renders the tally as counted warnings in alphabetical order, and says empty without prices", () => {
    const card = buildRegistryCard("test", [], new Map([["z skipped", 3], ["a skipped", 1]]));
    expect(card).toEqual({
      provider: "test",
      status: "empty",
      prices: [],
      limits: [],
      modifiers: [],
      warnings: ["a skipped (1 entry)", "z skipped (3 entries)"],
    });
  });
});
