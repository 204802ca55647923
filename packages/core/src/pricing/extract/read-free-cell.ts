// A price cell that says the model is free ("Free", "免费", "Gratis") in a column of prices: a price of
// zero, in the column's currency and unit. A cell saying anything more ("Limited-time Free", "Free tier")
// is a note, not a price.
import { parsePriceCell } from "./parse-price-cell";
import type { PriceMention } from "./types";

const FREE_CELL = /^(?:free|gratis|gratuit|kostenlos|grátis|gratuito|免费|無料|مجاني)$/i;

const SYMBOL: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", CNY: "¥" };

/** True when the cell, without markup and footnote marks, only says "free". */
export function isFreeCell(cell: string): boolean {
  return FREE_CELL.test(cell.replace(/\\([*_])/g, "$1").replace(/[*_`]|\[\^?\d+\]/g, "").trim());
}

/** The zero price a free cell states, in `currency` (the column's), at `start`..`end` of its text. */
export function readFreeCell(currency: string | undefined, start = 0, end = 0): PriceMention {
  const [zero] = parsePriceCell(`${SYMBOL[currency ?? "USD"] ?? "$"}0`);
  return { ...zero!, start, end };
}
