import { describe, expect, it } from "vitest";
import { indexPage } from "./index-page";
import { readModifiers } from "./read-modifiers";

describe("readModifiers", () => {
  it("reads multipliers and discounts with what they apply to", () => {
    const page = indexPage([
      "The Batch API offers a 50% discount on both input and output tokens.",
      "US-only inference incurs a 1.1x multiplier on all token pricing categories.",
      "- 5-minute cache write tokens are 1.25 times the base input tokens price",
      "Token pricing | **20%-50% off** standard rates",
    ].join("\n"));
    expect(readModifiers(page).map(({ name, factor, appliesTo }) => ({ name, factor, appliesTo }))).toEqual([
      { name: "batch", factor: 0.5, appliesTo: "all" },
      { name: "us_only_inference", factor: 1.1, appliesTo: "all" },
      { name: "cache_write_5m", factor: 1.25, appliesTo: "input" },
    ]);
  });
});
