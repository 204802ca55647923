import { describe, expect, it } from "vitest";
import { extractPriceCard } from "../extract-price-card";
import { leadingModel } from "./leading-model";

describe("leadingModel", () => {
  it("reads the model a line opens with", () => {
    expect(leadingModel("acme-5: input $0.40 per million tokens")).toEqual(["acme-5"]);
    expect(leadingModel("**Acme Chat 3** – input $1 / 1M")).toEqual(["Acme Chat 3"]);
    expect(leadingModel("acme-6 input $1 / 1M, output $3 / 1M")).toEqual(["acme-6"]);
  });

  it("refuses numbered things and dimensions that are not models", () => {
    expect(leadingModel("Tier 1: $5 spent")).toEqual([]);
    expect(leadingModel("Step 2: add $10 of credit")).toEqual([]);
    expect(leadingModel("Input: $3 per 1M tokens")).toEqual([]);
    expect(leadingModel("Pricing: $3 per 1M tokens")).toEqual([]);
  });

  it("lets prose lines that open with a model be read without a heading naming it", () => {
    const text = ["## Models", "", "acme-5: input $0.40 per million tokens, output $1.60 per million tokens, cached input $0.10 per million tokens.", "", "acme-6 input $1 / 1M, output $3 / 1M"].join("\n");
    const card = extractPriceCard({ text });
    expect(card.warnings).toEqual([]);
    expect(card.prices.map((p) => `${p.model} ${p.dimension} ${p.amount}`)).toEqual([
      "acme-5 input 0.4", "acme-5 output 1.6", "acme-5 cache_read 0.1", "acme-6 input 1", "acme-6 output 3",
    ]);
  });
});
