import { describe, expect, it } from "vitest";
import { parsePriceCell } from "./parse-price-cell";

describe("parsePriceCell", () => {
  it("keeps a label's parenthesised qualifier: 'Entrada (em cache):' is a cache read, 'Écriture en cache:' a label", () => {
    const cell = "Entrada: $ 3.00 /1m tokens Entrada (em cache): $ 0.30 /1m tokens Saída: $ 15.00 /1m tokens";
    expect(parsePriceCell(cell).map((m) => [m.labelText, m.label.cache ?? m.label.io, m.amountText])).toEqual([
      ["Entrada", "input", "3.00"], ["Entrada (em cache)", "read", "0.30"], ["Saída", "output", "15.00"],
    ]);
    expect(parsePriceCell("Entrée : 1 € Écriture en cache : 2 €").map((m) => m.labelText)).toEqual(["Entrée", "Écriture en cache"]);
  });

  it("reads a price with its unit in the cell", () => {
    const [m] = parsePriceCell("$3 / MTok");
    expect(m).toMatchObject({ amount: 3, currency: "USD", unit: "1M tokens" });
    expect(parsePriceCell("$0.003 / 1K tokens")[0]).toMatchObject({ amount: 0.003, unit: "1K tokens" });
    expect(parsePriceCell("$3 per million tokens")[0]).toMatchObject({ amount: 3, unit: "1M tokens" });
    expect(parsePriceCell("\\$10 per 1,000 searches")[0]).toMatchObject({ amount: 10, unit: "1K searches" });
  });

  it("reads two context tiers in one cell", () => {
    const ms = parsePriceCell("$2.50 (prompts <= 200K) / $5.00 (prompts > 200K)");
    expect(ms.map((m) => [m.amount, m.note.contextUpTo, m.note.contextAbove])).toEqual([
      [2.5, 200000, undefined],
      [5, undefined, 200000],
    ]);
    const gemini = parsePriceCell("$1.25, prompts <= 200k tokens $2.50, prompts > 200k tokens");
    expect(gemini.map((m) => [m.amount, m.note.contextUpTo, m.note.contextAbove])).toEqual([
      [1.25, 200000, undefined],
      [2.5, undefined, 200000],
    ]);
  });

  it("keeps labels sticky within a cell and reads modality notes", () => {
    const ms = parsePriceCell("Input: $0.50 (text), $3.00 (audio / image [video]) Output: $2.00 (text), $12.00 (audio)");
    expect(ms.map((m) => [m.amount, m.label.io, m.note.modality ?? null])).toEqual([
      [0.5, "input", "text"],
      [3, "input", null],
      [2, "output", "text"],
      [12, "output", "audio"],
    ]);
  });

  it("reads currencies written after the amount and CNY", () => {
    expect(parsePriceCell("0.25$ / 1M tokens")[0]).toMatchObject({ amount: 0.25, currency: "USD", unit: "1M tokens" });
    expect(parsePriceCell("0.2€ / 1M tokens")[0]).toMatchObject({ currency: "EUR" });
    expect(parsePriceCell("0.2元")[0]).toMatchObject({ amount: 0.2, currency: "CNY" });
    expect(parsePriceCell("¥2 / 百万tokens")[0]).toMatchObject({ amount: 2, currency: "CNY" });
  });

  it("reads European decimals next to a euro sign and keeps grouping commas elsewhere", () => {
    expect(parsePriceCell("1,85 € / 1M tokens")[0]).toMatchObject({ amount: 1.85, amountText: "1.85", currency: "EUR", unit: "1M tokens" });
    expect(parsePriceCell("€5,5")[0]).toMatchObject({ amount: 5.5, currency: "EUR" });
    expect(parsePriceCell("1.234,50 EUR")[0]).toMatchObject({ amount: 1234.5, currency: "EUR" });
    expect(parsePriceCell("1.85 EUR")[0]).toMatchObject({ amount: 1.85, currency: "EUR" });
    expect(parsePriceCell("2$")[0]).toMatchObject({ amount: 2, currency: "USD" });
    expect(parsePriceCell("€1,200")[0]).toMatchObject({ amount: 1200, currency: "EUR" });
    expect(parsePriceCell("$1,200")[0]).toMatchObject({ amount: 1200, currency: "USD" });
    expect(parsePriceCell("1,000 €")[0]).toMatchObject({ amount: 1000 });
    // No currency: a count, not a price; a comma after "$" is never a decimal comma.
    expect(parsePriceCell("1,000 requests")).toEqual([]);
    expect(parsePriceCell("$1,20").map((m) => m.amount)).not.toContain(1.2);
  });

  it("reads Chinese units after the amount", () => {
    expect(parsePriceCell("¥2 / 百万tokens")[0]).toMatchObject({ amount: 2, currency: "CNY", unit: "1M tokens" });
    expect(parsePriceCell("2元/每百万tokens")[0]).toMatchObject({ amount: 2, currency: "CNY", unit: "1M tokens" });
  });

  it("flags subscriptions and approximations, and skips animated digit strips", () => {
    expect(parsePriceCell("$20/month")[0]?.note.subscription).toBe(true);
    expect(parsePriceCell("~$0.003 per request")[0]?.approximate).toBe(true);
    expect(parsePriceCell("$0012345678900123456789/mo")).toEqual([]);
  });

  it("a second price led by a dimension word without a colon takes that word as its label", () => {
    const [input, cache] = parsePriceCell("$0.30 / cache $0.03");
    expect(input!.label.cache).toBeUndefined();
    expect(cache!).toMatchObject({ amount: 0.03, labelText: "cache", label: { cache: "read" } });
    expect(parsePriceCell("$1 (batch $0.50)")[1]!.label).toMatchObject({ tier: "batch" });
  });

  it("takes a dimension named right after a price's unit as the price's own ('$0.015/M cache read')", () => {
    const [read] = parsePriceCell("$0.015/M cache read");
    expect(read!.note).toMatchObject({ cache: "read" });
    const [input] = parsePriceCell("$3 per MTok input");
    expect(input!.note).toMatchObject({ io: "input" });
    // A sentence after the price is no dimension of it.
    expect(parsePriceCell("$3 per MTok, input prices may vary")[0]!.note.io).toBeUndefined();
  });
});
