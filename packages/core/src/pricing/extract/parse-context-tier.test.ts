import { describe, expect, it } from "vitest";
import { parseContextTier } from "./parse-context-tier";

describe("parseContextTier", () => {
  it("reads upper and lower bounds of long-context tiers", () => {
    expect(parseContextTier("prompts > 200K tokens")).toEqual({ contextAbove: 200000 });
    expect(parseContextTier("≤ 200K input tokens")).toEqual({ contextUpTo: 200000 });
    expect(parseContextTier("> 128K")).toEqual({ contextAbove: 128000 });
    expect(parseContextTier("prompts <= 200k tokens")).toEqual({ contextUpTo: 200000 });
  });

  it("ignores numbers that are not context bounds", () => {
    expect(parseContextTier("1,500 RPD (free)")).toEqual({});
    expect(parseContextTier("> 5 images")).toEqual({});
  });

  it("reads a band written as a range: its lower bound, or its upper bound when it starts at zero", () => {
    expect(parseContextTier("32K-128K")).toEqual({ contextAbove: 32000 });
    expect(parseContextTier("0–32K tokens")).toEqual({ contextUpTo: 32000 });
    expect(parseContextTier("128k~1M")).toEqual({ contextAbove: 128000 });
    expect(parseContextTier("gpt-4-0613")).toEqual({});
    expect(parseContextTier("2024-2025")).toEqual({});
  });

  it("takes no bound from an HTML tag's brackets", () => {
    expect(parseContextTier("2457 neurons per M input tokens <br/> 18252 neurons per M output tokens")).toEqual({});
    expect(parseContextTier("<b>prompts</b> > 200K tokens")).toEqual({ contextAbove: 200000 });
  });

  it("reads a band written as an interval, bare numbers in thousands of tokens", () => {
    expect(parseContextTier("Prompt length (128, 256]")).toEqual({ contextAbove: 128000 });
    expect(parseContextTier("Prompt length [0, 32]")).toEqual({ contextUpTo: 32000 });
    expect(parseContextTier("Input tokens (32000, 128000]")).toEqual({ contextAbove: 32000 });
    expect(parseContextTier("Context [128K, 1M]")).toEqual({ contextAbove: 128000 });
    // A pair that is no band: a price's two figures, a resolution.
    expect(parseContextTier("(1.25, 2.50)")).toEqual({});
    expect(parseContextTier("Prompts > 200K tokens")).toEqual({ contextAbove: 200000 });
  });
});
