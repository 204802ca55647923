import { describe, expect, it } from "vitest";
import { extractPriceCard } from "../extract-price-card";
import { rebuildModelRowTables } from "./rebuild-model-row-tables";

const paragraphs = (...cells: string[]): string => cells.join("\n\n");

describe("rebuildModelRowTables", () => {
  const flattened = paragraphs(
    "Models and pricing", "Model", "Capabilities", "Context window", "Text Input", "Image Input", "Output",
    "acme-2-fast", "New", "Our fastest model yet", "2M", "$0.20", "$0.25", "$0.50",
    "acme-2-code", "A model for agentic coding", "256k", "$0.20", "\\-", "$1.50",
    "acme-image-1", "Generates images from a prompt.", "131072", "\\-", "\\-", "$0.07", "per image",
    "Show older models", "All prices are per million tokens or as stated.",
  );

  it("rebuilds one paragraph per cell as a table, values right-aligned under the columns that print them", () => {
    const out = rebuildModelRowTables(flattened);
    expect(out.split("\n")).toHaveLength(flattened.split("\n").length);
    const rows = out.split("\n").filter((l) => l.startsWith("|"));
    expect(rows).toEqual([
      "| Model | Capabilities | Context window | Text Input | Image Input | Output |",
      "| --- | --- | --- | --- | --- | --- |",
      "| acme-2-fast |  | 2M | $0.20 | $0.25 | $0.50 |",
      "| acme-2-code |  | 256k | $0.20 | - | $1.50 |",
      "| acme-image-1 |  | 131072 | - | - | $0.07 per image |",
    ]);
    expect(out).toContain("Show older models");
  });

  it("reads the rebuilt rows' prices with the page's unit statement", () => {
    const card = extractPriceCard({ text: flattened });
    const of = (model: string, dimension: string) => card.prices.filter((p) => p.model === model && p.dimension === dimension).map((p) => p.usdPer1M ?? p.amount);
    expect(of("acme-2-fast", "input")).toEqual([0.2]);
    expect(of("acme-2-fast", "image_input")).toEqual([0.25]);
    expect(of("acme-2-fast", "output")).toEqual([0.5]);
    expect(of("acme-2-code", "output")).toEqual([1.5]);
    expect(of("acme-2-code", "image_input")).toEqual([]);
  });

  it("leaves label/value cards and row-label tables alone", () => {
    const cards = paragraphs("acme-2-fast", "Context window", "2M", "Text Input", "$0.20", "Output", "$0.50", "acme-2-code", "Text Input", "$0.20", "Output", "$1.50");
    expect(rebuildModelRowTables(cards)).toBe(cards);
    const rowLabels = paragraphs("Free Tier", "Paid Tier, per 1M tokens in USD", "Input price", "Free of charge", "$0.30", "Output price", "Free of charge", "$2.50");
    expect(rebuildModelRowTables(rowLabels)).toBe(rowLabels);
    // One priced row is no table.
    const one = paragraphs("Model", "Input", "Output", "acme-2-fast", "$0.20", "$0.50", "Contact us");
    expect(rebuildModelRowTables(one)).toBe(one);
  });
});
