// Exact decimal arithmetic on digit strings: "0.003" per 1K tokens is 3 per 1M, not 2.9999999999999996.

/** Multiplies a decimal string by 10^shift and returns the number, with no binary rounding noise. */
export function shiftDecimal(amountText: string, shift: number): number {
  const clean = amountText.replace(/,/g, "").trim();
  const negative = clean.startsWith("-");
  const body = negative ? clean.slice(1) : clean;
  const [intPart = "", fracPart = ""] = body.split(".");
  let digits = intPart + fracPart;
  let point = intPart.length + shift;
  if (point < 0) {
    digits = "0".repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += "0".repeat(point - digits.length);
  const text = `${digits.slice(0, point) || "0"}.${digits.slice(point) || "0"}`;
  const value = Number(text);
  return negative ? -value : value;
}
