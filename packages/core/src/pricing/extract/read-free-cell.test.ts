import { describe, expect, it } from "vitest";
import { isFreeCell, readFreeCell } from "./read-free-cell";

describe("isFreeCell", () => {
  it("takes a cell that only says free, in any markup or language", () => {
    for (const cell of ["Free", " free ", "**Free**", "Free*", "免费", "Gratis"]) expect(isFreeCell(cell)).toBe(true);
  });

  it("leaves cells that say more than that", () => {
    for (const cell of ["Limited-time Free", "Free tier", "Free up to 1M tokens", "-", "$0.10"]) expect(isFreeCell(cell)).toBe(false);
  });
});

describe("readFreeCell", () => {
  it("is a zero price in the column's currency", () => {
    expect(readFreeCell("EUR")).toMatchObject({ amount: 0, amountText: "0", currency: "EUR", approximate: false });
    expect(readFreeCell(undefined, 4, 8)).toMatchObject({ amount: 0, currency: "USD", start: 4, end: 8 });
  });
});
