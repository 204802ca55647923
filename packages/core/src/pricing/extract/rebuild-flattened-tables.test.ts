import { describe, expect, it } from "vitest";
import { extractPriceCard } from "../extract-price-card";
import { rebuildFlattenedTables } from "./rebuild-flattened-tables";

// The shape of an HTML table exported one paragraph per cell, with a Standard / Batch tab bar above two panels.
const panel = (input: string, output: string) => [
  "Free Tier", "", "Paid Tier, per 1M tokens in USD", "",
  "Input price", "", "Free of charge", "", input, "",
  "Output price (including thinking tokens)", "", "Free of charge", "", output, "",
  "Used to improve our products", "", "[Yes](/terms)", "", "[No](/terms)", "",
];
const PAGE = [
  "## Acme 2.5 Pro", "", "Our best model, for coding and reasoning.", "", "[Standard](#standard)[Batch](#batch) More", "",
  ...panel("$1.25, prompts <= 200k tokens  \n$2.50, prompts > 200k tokens", "$10.00"),
  ...panel("$0.625, prompts <= 200k tokens  \n$1.25, prompts > 200k tokens", "$5.00"),
  "## Next section", "", "Some prose about the product that is long enough to be a paragraph and has no prices in it.",
].join("\n");

describe("rebuildFlattenedTables", () => {
  it("rebuilds each flattened panel as a table with its tab's tier, keeping the line count", () => {
    const out = rebuildFlattenedTables(PAGE);
    expect(out.split("\n")).toHaveLength(PAGE.split("\n").length);
    const rows = out.split("\n").filter((l) => l.startsWith("| Input price"));
    expect(rows).toEqual([
      "| Input price | Free of charge | $1.25, prompts <= 200k tokens $2.50, prompts > 200k tokens |",
      "| Input price | Free of charge | $0.625, prompts <= 200k tokens $1.25, prompts > 200k tokens |",
    ]);
    expect(out).toContain("batch\n|  | Free Tier | Paid Tier, per 1M tokens in USD |");
  });

  it("gives the extractor the panels' prices with their tiers and context bands", () => {
    const card = extractPriceCard({ text: PAGE });
    const rows = card.prices.map((p) => `${p.model} ${p.dimension} ${p.tier} ${p.contextAbove ?? "-"} ${p.amount}`).sort();
    expect(rows).toEqual([
      "Acme 2.5 Pro input batch - 0.625", "Acme 2.5 Pro input batch 200000 1.25", "Acme 2.5 Pro input standard - 1.25", "Acme 2.5 Pro input standard 200000 2.5",
      "Acme 2.5 Pro output batch - 5", "Acme 2.5 Pro output standard - 10",
    ]);
  });

  it("leaves prose and label-value lines alone", () => {
    const prose = "Intro\n\nInput price\n\n$3 per million tokens\n\nOutput price\n\n$15 per million tokens\n\nThat is all.";
    expect(rebuildFlattenedTables(prose)).toBe(prose);
    expect(rebuildFlattenedTables("one paragraph only")).toBe("one paragraph only");
  });
});
