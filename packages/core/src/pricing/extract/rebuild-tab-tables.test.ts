import { describe, expect, it } from "vitest";
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
});
