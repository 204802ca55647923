import { describe, expect, it } from "vitest";
import { shiftDecimal } from "./parse-decimal";

describe("shiftDecimal", () => {
  it("scales per-1K and per-token prices to per-1M without floating-point noise", () => {
    expect(shiftDecimal("0.003", 3)).toBe(3);
    expect(shiftDecimal("0.0000025", 6)).toBe(2.5);
    expect(shiftDecimal("0.000003", 6)).toBe(3);
    expect(shiftDecimal("1,250.5", 0)).toBe(1250.5);
    expect(shiftDecimal("12", -3)).toBe(0.012);
  });
});
