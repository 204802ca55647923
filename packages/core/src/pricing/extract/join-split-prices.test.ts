import { describe, expect, it } from "vitest";
import { extractPriceCard } from "../extract-price-card";
import { joinSplitPrices } from "./join-split-prices";

describe("joinSplitPrices", () => {
  it("joins a currency, its amount and its unit written on lines of their own, keeping the line count", () => {
    const text = ["Input", "$", "0.30", "/ 1M tokens", "Output", "", "$", "", "2.50 per 1M tokens", "Next"].join("\n");
    const out = joinSplitPrices(text).split("\n");
    expect(out).toEqual(["Input", "$0.30 / 1M tokens", "", "", "Output", "", "$2.50 per 1M tokens", "", "", "Next"]);
  });

  it("leaves a lone currency sign that no amount follows", () => {
    const text = "Pay in\n$\nor in euros\n\n€";
    expect(joinSplitPrices(text)).toBe(text);
  });

  it("lets a model card with split prices be read", () => {
    const text = ["## acme-4", "", "Input price", "", "$", "", "0.30", "", "per 1M tokens", "", "Output price", "", "$", "", "2.50", "", "per 1M tokens"].join("\n");
    expect(extractPriceCard({ text }).prices.map((p) => `${p.model} ${p.dimension} ${p.amount} ${p.unit}`)).toEqual(["acme-4 input 0.3 1M tokens", "acme-4 output 2.5 1M tokens"]);
  });
});
