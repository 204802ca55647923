import { describe, expect, it } from "vitest";
import { parseLimitAmount } from "./parse-limit-amount";

describe("parseLimitAmount", () => {
  it("reads grouped numbers and scale words, and nothing from a dash or a word", () => {
    expect(parseLimitAmount("30,000")).toBe(30000);
    expect(parseLimitAmount("2M")).toBe(2_000_000);
    expect(parseLimitAmount("10,000 million")).toBe(10_000_000_000);
    expect(parseLimitAmount("4.5K")).toBe(4500);
    expect(parseLimitAmount("450,000†")).toBe(450000);
    expect(parseLimitAmount("-")).toBeUndefined();
    expect(parseLimitAmount("Unlimited")).toBeUndefined();
  });
});
