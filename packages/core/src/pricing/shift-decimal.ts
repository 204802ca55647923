// Moves the decimal point on the digit string, so prices given per token or per 1K tokens (a registry's
// 3e-05, a page's "$0.003 / 1K") become per-1M-token prices without binary rounding (3e-05 * 1e6 is
// 30.000000000000004). The one scaling the extractor and the registry importers share.

const DECIMAL = /^\+?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * `value × 10^places`, computed on the decimal digits and rounded once to the nearest double:
 * shiftDecimal(3e-5, 6) === 30, shiftDecimal("0.0000025", 6) === 2.5, shiftDecimal("1.25e-7", 6) === 0.125.
 * Throws on negative, non-finite or non-numeric input; callers turn that into a card warning.
 */
export function shiftDecimal(value: number | string, places: number): number {
  if (!Number.isInteger(places)) throw new RangeError(`shiftDecimal: places must be an integer, got ${places}`);
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new RangeError(`shiftDecimal: ${value} is not a finite number`);
  }
  // String(number) is the shortest decimal that round-trips, e.g. "0.00003" or "1.25e-7".
  const text = (typeof value === "number" ? String(value) : value).trim();
  if (text.startsWith("-")) throw new RangeError(`shiftDecimal: negative value "${text}" is not a price`);
  const match = DECIMAL.exec(text);
  const intPart = match?.[1] ?? "";
  const fracPart = match?.[2] ?? "";
  if (!match || intPart.length + fracPart.length === 0) {
    throw new TypeError(`shiftDecimal: "${text}" is not a decimal number`);
  }
  const digits = (intPart + fracPart).replace(/^0+(?=\d)/, "");
  const exponent = Number(match[3] ?? "0") - fracPart.length + places;
  // Number() parses "<digits>e<exponent>" with a single correct rounding.
  return Number(`${digits}e${exponent}`);
}
