import { describe, expect, it } from "vitest";
import { extractPriceCard } from "../extract-price-card";
import { realignHeader } from "./realign-header";

const hasMoney = (cell: string) => /\$\s?\d/.test(cell);

describe("realignHeader", () => {
  it("drops the header cell that puts every row's prices under a price header and its words under the others", () => {
    const header = ["Model", "PRICE PER MILLION TOKENS", "CURRENT SPEED", "PRICE"];
    const rows = [["Acme 7b", "~950 tokens/s", "$0.07/$0.07"], ["Acme 70b", "~330 tokens/s", "$0.59/$0.79"]];
    expect(realignHeader(header, rows, hasMoney)).toEqual({ header: ["Model", "CURRENT SPEED", "PRICE"], dropped: "PRICE PER MILLION TOKENS" });
  });

  it("keeps a header that rows fill, or that some rows fill, as it is", () => {
    const header = ["Model", "Input", "Output"];
    expect(realignHeader(header, [["Acme 1", "$1", "$2"], ["Acme 2", "$3", "$4"]], hasMoney)).toEqual({ header });
    expect(realignHeader(["Model", "Speed", "Price", "Notes"], [["Acme 1", "fast", "$1"], ["Acme 2", "slow", "$2", "beta"]], hasMoney).header).toHaveLength(4);
  });

  it("reads such a table's prices with the dropped header's unit", () => {
    const text = ["## On Demand Pricing", "| Model | PRICE PER MILLION TOKENS | CURRENT SPEED | PRICE |", "| --- | --- | --- | --- |",
      "| Acme 7b It | ~950 tokens/s | $0.07/$0.07 |", "| Acme 70b 8192 | ~330 tokens/s | $0.59/$0.79 |", ""].join("\n");
    expect(extractPriceCard({ text }).prices.map((p) => `${p.model} ${p.dimension} ${p.usdPer1M}`)).toEqual([
      "Acme 7b It input 0.07", "Acme 7b It output 0.07", "Acme 70b 8192 input 0.59", "Acme 70b 8192 output 0.79",
    ]);
  });
});
