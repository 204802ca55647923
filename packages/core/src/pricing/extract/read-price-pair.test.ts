import { describe, expect, it } from "vitest";
import { extractPriceCard } from "../extract-price-card";
import { parsePriceCell } from "./parse-price-cell";
import { readPricePair } from "./read-price-pair";

describe("readPricePair", () => {
  it("reads two bare prices in one cell as input then output, sharing the unit", () => {
    const [input, output] = readPricePair(parsePriceCell("$3 / $15 per MTok"));
    expect([input!.note.io, input!.amount, input!.unit, output!.note.io, output!.amount, output!.unit]).toEqual(["input", 3, "1M tokens", "output", 15, "1M tokens"]);
    const glued = readPricePair(parsePriceCell("$0.20$1.50"), "1M tokens");
    expect(glued.map((m) => [m.note.io, m.amount, m.unit])).toEqual([["input", 0.2, "1M tokens"], ["output", 1.5, "1M tokens"]]);
  });

  it("leaves pairs that say what they are, that are not token prices, or that are not a bare pair", () => {
    // A pair that names its directions keeps them; the unit only the last states is both prices'.
    const labelled = parsePriceCell("Input: $3 / Output: $15 per MTok");
    expect(readPricePair(labelled).map((m) => [m.label.io, m.note.io, m.unit])).toEqual([["input", undefined, "1M tokens"], ["output", undefined, "1M tokens"]]);
    const images = parsePriceCell("$0.02 / $0.04 per image");
    expect(readPricePair(images)).toBe(images);
    // Three prices under no label naming three dimensions: no direction is guessed (the unit is shared).
    const three = parsePriceCell("$1 / $2 / $3 per MTok");
    expect(readPricePair(three).map((m) => [m.note.io, m.unit])).toEqual([[undefined, "1M tokens"], [undefined, "1M tokens"], [undefined, "1M tokens"]]);
    const prose = parsePriceCell("$3 per MTok, or $15 with tools");
    expect(readPricePair(prose)).toBe(prose);
  });

  it("gives each price the dimension a label lists for it, in order", () => {
    const listed = readPricePair(parsePriceCell("$2.50 / $1.25 / $10.00"), "1M tokens", "Price (In / Cached / Out)");
    expect(listed.map((m) => [m.amount, m.note.io, m.note.cache])).toEqual([[2.5, "input", undefined], [1.25, undefined, "read"], [10, "output", undefined]]);
    // A label listing two dimensions over a cell of three prices says nothing about them.
    const three = parsePriceCell("$1 / $2 / $3");
    expect(readPricePair(three, "1M tokens", "Input / Output")).toBe(three);
  });

  it("prices a table cell and a model card line written as a pair", () => {
    const table = extractPriceCard({ text: "| Model | Price per 1M tokens |\n| --- | --- |\n| acme-2 | $3 / $15 |" });
    expect(table.prices.map((p) => `${p.dimension} ${p.amount}`)).toEqual(["input 3", "output 15"]);
    const cards = ["## Model Pricing", "", "Model", "", "Context", "", "Pricing", "", "Language models", "", "Per million tokens", "",
      "acme-code-1", "", "256,000", "", "$0.20$1.50", "", "acme-4-fast", "", "2,000,000", "", "$0.20$0.50", ""].join("\n");
    const card = extractPriceCard({ text: cards });
    expect(card.prices.map((p) => `${p.model} ${p.dimension} ${p.amount} ${p.unit} ${JSON.stringify(p.qualifiers ?? {})}`)).toEqual([
      "acme-code-1 input 0.2 1M tokens {}", "acme-code-1 output 1.5 1M tokens {}", "acme-4-fast input 0.2 1M tokens {}", "acme-4-fast output 0.5 1M tokens {}",
    ]);
  });

  it("follows the order of a label that names both directions, and reads pairs under a transposed table's row label", () => {
    const reversed = extractPriceCard({ text: "| Model | Output / Input (per 1M tokens) |\n| --- | --- |\n| acme-2 | $15 / $3 |" });
    expect(reversed.prices.map((p) => `${p.dimension} ${p.amount}`).sort()).toEqual(["input 3", "output 15"]);
    const transposed = extractPriceCard({ text: [
      "| Model | Acme 3.5 Large | Acme 3 Small |", "| --- | --- | --- |", "| **Context window** | 200K | 200K |",
      "| **Cost (Input / Output per MTok)** | $3.00 / $15.00 | $0.25 / $1.25 |", ""].join("\n") });
    expect(transposed.prices.map((p) => `${p.model} ${p.dimension} ${p.usdPer1M}`)).toEqual([
      "Acme 3.5 Large input 3", "Acme 3.5 Large output 15", "Acme 3 Small input 0.25", "Acme 3 Small output 1.25",
    ]);
  });
});
