import { describe, expect, it } from "vitest";
import { shiftDecimal } from "./shift-decimal";

describe("shiftDecimal", () => {
  it.each([
    [3e-5, 6, 30],
    [2.5e-6, 6, 2.5],
    [1.25e-7, 6, 0.125],
    ["3e-05", 6, 30],
    ["1.25e-7", 6, 0.125],
    ["1.25E-7", 6, 0.125],
    ["0.000003", 6, 3],
    ["0.00000625", 6, 6.25],
    ["0.000000375", 6, 0.375],
    [0.0000075, 6, 7.5],
    [1.875e-8, 6, 0.01875],
    [0.00032875, 0, 0.00032875],
    [15, 0, 15],
    ["7", 3, 7000],
    ["+0.5", 1, 5],
    [".5", 1, 5],
    ["5.", 0, 5],
    [0, 6, 0],
    ["0", 6, 0],
    ["1e+21", -21, 1],
    [" 0.01 ", 2, 1],
  ])("shifts %s by %i places to exactly %s", (value, places, expected) => {
    expect(shiftDecimal(value, places)).toBe(expected);
  });

  it("is exact where multiplying by 1e6 is not", () => {
    // The reason this function exists: binary multiplication leaves a tail.
    expect(1e-7 * 1e6).toBe(0.09999999999999999);
    expect(shiftDecimal(1e-7, 6)).toBe(0.1);
    expect(5.7e-7 * 1e6).toBe(0.5700000000000001);
    expect(shiftDecimal("5.7e-7", 6)).toBe(0.57);
  });

  it("rejects negatives, since a negative price is a sentinel, not a price", () => {
    expect(() => shiftDecimal(-1, 6)).toThrow(/negative/);
    expect(() => shiftDecimal("-0.000001", 6)).toThrow(/negative/);
  });

  it.each(["abc", "", "1.2.3", "0x10", "1e", "e5", "NaN", "Infinity"])("rejects the non-decimal %j", (value) => {
    expect(() => shiftDecimal(value, 6)).toThrow(/not a decimal number/);
  });

  it("rejects non-finite numbers and fractional places", () => {
    expect(() => shiftDecimal(Number.NaN, 6)).toThrow(RangeError);
    expect(() => shiftDecimal(Number.POSITIVE_INFINITY, 6)).toThrow(RangeError);
    expect(() => shiftDecimal(1, 1.5)).toThrow(/integer/);
  });

  it("scales a page's per-1K and per-token amounts to per-1M, and down, without floating-point noise", () => {
    expect(shiftDecimal("0.003", 3)).toBe(3);
    expect(shiftDecimal("0.000003", 6)).toBe(3);
    expect(shiftDecimal("12", -3)).toBe(0.012);
  });
});
