import { describe, expect, it } from "vitest";
import { countMeaningfulChars } from "./count-meaningful-chars";

describe("countMeaningfulChars", () => {
  it("counts letters and digits of any script, not spaces, punctuation or symbols", () => {
    expect(countMeaningfulChars("| $3.50 / MTok |")).toBe(7);
    expect(countMeaningfulChars("价格 ¥2")).toBe(3);
    expect(countMeaningfulChars("  --- | --- ")).toBe(0);
  });
});
