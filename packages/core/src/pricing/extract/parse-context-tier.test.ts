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
});
