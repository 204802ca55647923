import { describe, expect, it } from "vitest";
import { extractPriceCard } from "../extract-price-card";
import { rebuildTabTables } from "./rebuild-tab-tables";

// The shape of a table copied out of a rendered page: tabs between cells, a cell's own line breaks as lines.
const COPIED = [
  "Pricing Details",
  "MODEL(1)\tCONTEXT LENGTH\tMAX OUTPUT TOKENS\t1M TOKENS",
  "INPUT PRICE\t1M TOKENS",
  "OUTPUT PRICE",
  "acme-chat\t64K\t8K\t$0.27(5)",
  "$0.14\t$1.10(5)",
  "$0.28",
  "acme-reasoner\t64K\t8K\t$0.55\t$2.19",
  "(5) The form shows the original price and the discounted price.",
  "After the table.",
];

describe("rebuildTabTables", () => {
  it("joins multi-line cells into one markdown row per table row and keeps every later line's number", () => {
    const out = rebuildTabTables(COPIED.join("\n")).split("\n");
    expect(out.slice(0, 4)).toEqual([
      "Pricing Details",
      "| MODEL(1) | CONTEXT LENGTH | MAX OUTPUT TOKENS | 1M TOKENS INPUT PRICE | 1M TOKENS OUTPUT PRICE |",
      "| acme-chat | 64K | 8K | $0.27(5) $0.14 | $1.10(5) $0.28 |",
      "| acme-reasoner | 64K | 8K | $0.55 | $2.19 |",
    ]);
    expect(out).toHaveLength(COPIED.length);
    expect(out[8]).toBe(COPIED[8]);
    expect(out[9]).toBe(COPIED[9]);
  });

  it("leaves text alone when it has no block of at least two rows of three cells", () => {
    const text = "PARAM\tVALUE\nbase_url\thttps://api.example.com\n\nA\tB\tC\nnot a table";
    expect(rebuildTabTables(text)).toBe(text);
    expect(rebuildTabTables("no tabs at all")).toBe("no tabs at all");
  });

  it("escapes pipes inside cells and ends a row at a long line without tabs", () => {
    const out = rebuildTabTables("a\tb\tc\nx|y\t1\t2\nThis long sentence after the table is prose and not a cell of it.").split("\n");
    expect(out).toEqual(["| a | b | c |", "| x\\|y | 1 | 2 |", "This long sentence after the table is prose and not a cell of it."]);
  });

  it("keeps the rows under a group cell spanning down apart, gives a group label broken over lines to its row, and stops at a footnote", () => {
    // Models as columns; "STANDARD PRICE" and "DISCOUNT PRICE" span the three rows after them, as copied from a rendered table.
    const copied = [
      "MODEL\tacme-chat\tacme-reasoner", "CONTEXT LENGTH\t64K\t64K",
      "STANDARD PRICE", "(UTC 00:30-16:30)\t1M TOKENS INPUT\t$0.27\t$0.55", "1M TOKENS OUTPUT\t$1.10\t$2.19",
      "DISCOUNT PRICE", "(UTC 16:30-00:30)\t1M TOKENS INPUT\t$0.135\t$0.135", "1M TOKENS OUTPUT\t$0.55\t$0.55",
      "(1) acme-chat points to Acme-V3.",
    ];
    const out = rebuildTabTables(copied.join("\n")).split("\n");
    expect(out.filter((line) => line !== "")).toEqual([
      "| MODEL | acme-chat | acme-reasoner |", "| CONTEXT LENGTH | 64K | 64K |",
      "| STANDARD PRICE (UTC 00:30-16:30) | 1M TOKENS INPUT | $0.27 | $0.55 |", "| 1M TOKENS OUTPUT | $1.10 | $2.19 |",
      "| DISCOUNT PRICE (UTC 16:30-00:30) | 1M TOKENS INPUT | $0.135 | $0.135 |", "| 1M TOKENS OUTPUT | $0.55 | $0.55 |",
      "(1) acme-chat points to Acme-V3.",
    ]);
    expect(out).toHaveLength(copied.length);
    // Read as a table: each group labels the rows it spans, and a discount in a window of the day is off-peak.
    const card = extractPriceCard({ text: ["The prices listed below are per 1M tokens.", "", ...copied].join("\n") });
    expect(card.prices.map((p) => `${p.model} ${p.dimension} ${p.tier} ${p.usdPer1M}`)).toEqual([
      "acme-chat input standard 0.27", "acme-reasoner input standard 0.55", "acme-chat output standard 1.1", "acme-reasoner output standard 2.19",
      "acme-chat input off_peak 0.135", "acme-reasoner input off_peak 0.135", "acme-chat output off_peak 0.55", "acme-reasoner output off_peak 0.55",
    ]);
  });
});
