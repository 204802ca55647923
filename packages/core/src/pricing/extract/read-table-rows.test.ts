import { describe, expect, it } from "vitest";
import { extractPriceCard } from "../extract-price-card";
import { indexPage } from "./index-page";
import { readTables } from "./read-tables";

describe("readTables", () => {
  it("reads a transposed table with models as columns", () => {
    const page = indexPage("| | gpt-x-1 | gpt-x-2 |\n| --- | --- | --- |\n| Input (per 1M tokens) | $1 | $2 |\n| Output (per 1M tokens) | $4 | $8 |");
    const r = readTables(page, new Set());
    expect(r.candidates.map((c) => [c.model, c.traits.io, c.amount])).toEqual([
      ["gpt-x-1", "input", 1], ["gpt-x-2", "input", 2], ["gpt-x-1", "output", 4], ["gpt-x-2", "output", 8],
    ]);
  });

  it("takes the paid tier of a model-per-heading table and skips free-tier cells", () => {
    const page = indexPage("## Gemini 9 Pro\n\n| | Free Tier | Paid Tier, per 1M tokens in USD |\n| --- | --- | --- |\n| Input price | Free of charge | $1.25 |\n| Output price | Free of charge | $10.00 |");
    const r = readTables(page, new Set());
    expect(r.candidates.map((c) => [c.model, c.traits.io, c.amount, c.traits.unit])).toEqual([
      ["Gemini 9 Pro", "input", 1.25, "1M tokens"], ["Gemini 9 Pro", "output", 10, "1M tokens"],
    ]);
  });

  it("reads a page that is one table of 150,000 rows (no spread of rows into a call: the stack would overflow)", () => {
    const lines = ["| Model | Input per 1M tokens | Output per 1M tokens |", "| --- | --- | --- |"];
    for (let i = 0; i < 150_000; i++) lines.push(`| m-${i} | $1.${i % 100} | $2 |`);
    const r = readTables(indexPage(lines.join("\n")), new Set());
    expect(r.candidates).toHaveLength(300_000);
    expect(r.candidates[299_999]).toMatchObject({ model: "m-149999", amount: 2 });
  }, 120_000);
  it("a continuation row ('↳ >200K Context') prices the model above it, above that context length", () => {
    const text = [
      "Prices per 1M tokens.", "",
      "| Model | Input | Output | Cache Read |", "| --- | --- | --- | --- |",
      "| Acme Opus 5 | $6.00 | $30.00 | $0.60 |", "| ↳ >200K Context | $11.00 | $41.25 | $1.10 |",
      "| Acme Flash 3 | $0.70 | $3.75 | - |", "| > 128K tokens | $1.40 | $7.50 | - |",
    ].join("\n");
    const card = extractPriceCard({ text });
    const of = (model: string) => card.prices.filter((p) => p.model === model).map((p) => `${p.dimension} ${p.contextAbove ?? "-"} ${p.usdPer1M}`).sort();
    expect(of("Acme Opus 5")).toEqual(["cache_read - 0.6", "cache_read 200000 1.1", "input - 6", "input 200000 11", "output - 30", "output 200000 41.25"]);
    expect(of("Acme Flash 3")).toEqual(["input - 0.7", "input 128000 1.4", "output - 3.75", "output 128000 7.5"]);
    expect(card.prices.some((p) => /200K|128K/.test(p.model))).toBe(false);
  });
  it("an ID column beside the model's name gives each price the model's API id, continuation rows included", () => {
    const text = [
      "Prices per 1M tokens.", "",
      "| Model | ID | Input Price | Output Price | Privacy |", "| --- | --- | --- | --- | --- |",
      "| GLM 4.6 | `zai-org-glm-4.6` | $0.85 | $2.75 | Private |", "| Acme Opus 5 (Beta) | `acme-opus-5` | $6.00 | $30.00 | Anonymized |",
      "| ↳ >200K Context | | $11.00 | $41.25 | |", "| Acme Mini | not listed | $0.10 | $0.40 | Private |",
    ].join("\n");
    const card = extractPriceCard({ text });
    const ids = (model: string) => [...new Set(card.prices.filter((p) => p.model === model).map((p) => p.modelId ?? "none"))];
    expect(ids("GLM 4.6")).toEqual(["zai-org-glm-4.6"]);
    expect(ids("Acme Opus 5")).toEqual(["acme-opus-5"]);
    expect(card.prices.filter((p) => p.contextAbove === 200000).map((p) => p.modelId)).toEqual(["acme-opus-5", "acme-opus-5"]);
    // A cell that is no id ("not listed") gives none.
    expect(ids("Acme Mini")).toEqual(["none"]);
  });

  it("reads an 'Endpoint' column of ids as the model's API id", () => {
    const card = extractPriceCard({ text: ["| Model | Endpoint | Input (USD) | Output (USD) |", "| --- | --- | --- | --- |", "| Acme 7B | `open-acme-7b` | 0.25$ / 1M tokens | 0.25$ / 1M tokens |", ""].join("\n") });
    expect(card.prices.map((p) => `${p.model} ${p.modelId} ${p.dimension} ${p.usdPer1M}`)).toEqual(["Acme 7B open-acme-7b input 0.25", "Acme 7B open-acme-7b output 0.25"]);
  });

  it("reads an 'API String' column as the model's API id, and a bold heading's '(Premium)' as no part of the name", () => {
    const card = extractPriceCard({ text: ["| Model | API String | Input (per 1M tokens) | Output (per 1M tokens) |", "| --- | --- | --- | --- |",
      "| Acme Flash 3 Preview | `acme-flash-3` | \\$0.60 | \\$3.60 |", "", "**acme-2-0 (Premium)**", "", "| Token Type | Price per 1M tokens |", "|---|---|", "| Input tokens | $0.60 |", ""].join("\n") });
    expect(card.prices.map((p) => `${p.model} ${p.modelId ?? "-"} ${p.dimension} ${p.usdPer1M}`)).toEqual([
      "Acme Flash 3 Preview acme-flash-3 input 0.6", "Acme Flash 3 Preview acme-flash-3 output 3.6", "acme-2-0 - input 0.6",
    ]);
  });

  it("reads a markdown cell's <br/> as a line break between its prices, not a bound", () => {
    const card = extractPriceCard({ text: [
      "| Model | Price in Tokens | Price in Neurons |", "| --- | --- | --- |",
      "| @cf/acme/acme-3.2-1b | $0.027 per M input tokens <br/> $0.201 per M output tokens | 2457 neurons per M input tokens <br/> 18252 neurons per M output tokens |", ""].join("\n") });
    expect(card.prices.map((p) => `${p.model} ${p.dimension} ${p.usdPer1M} ${p.contextAbove ?? "-"}`)).toEqual([
      "@cf/acme/acme-3.2-1b input 0.027 -", "@cf/acme/acme-3.2-1b output 0.201 -",
    ]);
  });

  it("gives a group row's unit ('| Language models | | Per million tokens |') to the rows under it", () => {
    const card = extractPriceCard({ text: ["| Model | Context | Pricing |", "| --- | --- | --- |", "| Language models | | Per million tokens |",
      "| acme-4-fast | 2,000,000 | $0.20$0.50 |", "| Image models | | Per image |", "| acme-image-1 | | $0.07 |", ""].join("\n") });
    expect(card.prices.map((p) => `${p.model} ${p.dimension} ${p.unit} ${p.amount}`)).toEqual([
      "acme-4-fast input 1M tokens 0.2", "acme-4-fast output 1M tokens 0.5", "acme-image-1 image image 0.07",
    ]);
  });

  it("takes a Description column's words ('Input: accepts images') for no dimension of the row's prices", () => {
    const card = extractPriceCard({ text: ["| Model Name | Prices | Description |", "| --- | --- | --- |",
      "| @acme/fn-1 | Input: $ 1.10 /1m tokens Output: $ 4.40 /1m tokens | Fast. Input: accepts images Function calls |", ""].join("\n") });
    expect(card.prices.map((p) => `${p.dimension} ${p.usdPer1M}`)).toEqual(["input 1.1", "output 4.4"]);
  });
});
