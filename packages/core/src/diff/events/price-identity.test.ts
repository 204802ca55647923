import { describe, expect, it } from "vitest";
import { tokenPrice } from "./anthropic-pages.test-support";
import { cleanModelName } from "../../pricing/models/clean-model-name";
import { modelNameKey, priceIdentityKey, sameAmount } from "./price-identity";

describe("modelNameKey", () => {
  it.each([
    ["Claude Opus 4.6", "claude opus 4.6"],
    ["  **Claude   Opus 4.6** ", "claude opus 4.6"],
    ["[Claude Opus 4.6](/docs/en/about-claude/models)", "claude opus 4.6"],
    ["`gpt-5-nano`", "gpt-5-nano"],
    ["GPT\u20114o mini", "gpt-4o mini"],
    ["GPT-4o¹", "gpt-4o"],
    ["Claude Sonnet 3.7 ([deprecated](/docs/en/about-claude/model-deprecations))", "claude sonnet 3.7"],
    ["<b>Gemini 2.5 Pro</b>", "gemini 2.5 pro"],
    ["Claude Sonnet 4.5 / 4", "claude sonnet 4.5/4"],
  ])("reads %j as %j", (name, key) => expect(modelNameKey(name)).toBe(key));

  it("keeps versions and variants apart", () => {
    expect(modelNameKey("Claude Opus 4")).not.toBe(modelNameKey("Claude Opus 4.1"));
    expect(modelNameKey("GPT-5")).not.toBe(modelNameKey("GPT-5 mini"));
    expect(modelNameKey("gpt_4_turbo")).toBe("gpt_4_turbo");
  });
});

describe("cleanModelName", () => {
  it("keeps case, and drops the markdown and a status note (a lifecycle fact, not part of the name)", () => {
    expect(cleanModelName("Claude Opus 3 ([deprecated](/docs/en/about-claude/model-deprecations))")).toBe("Claude Opus 3");
    expect(cleanModelName("GPT\u20114o\u00b9")).toBe("GPT-4o");
  });
});

describe("priceIdentityKey", () => {
  const base = tokenPrice("Claude Opus 4.6", "input", 5, "row");

  it("ignores the amount, the evidence and the per-1K or per-1M wording", () => {
    expect(priceIdentityKey({ ...base, amount: 0.005, unit: "1K tokens", evidence: "other" })).toBe(priceIdentityKey(base));
  });

  it("tells apart tiers, bands, TTLs, qualifiers, providers and currencies", () => {
    const variants = [
      { ...base, tier: "batch" },
      { ...base, contextAbove: 200_000 },
      { ...base, cacheTtl: "1h" },
      { ...base, qualifiers: { region: "us" } },
      { ...base, provider: "bedrock" },
      { ...base, usdPer1M: undefined, currency: "EUR" },
    ];
    const keys = new Set([base, ...variants].map(priceIdentityKey));
    expect(keys.size).toBe(variants.length + 1);
  });

  it("reads qualifiers in any key order", () => {
    expect(priceIdentityKey({ ...base, qualifiers: { a: "1", b: "2" } })).toBe(priceIdentityKey({ ...base, qualifiers: { b: "2", a: " 1 " } }));
  });
});

describe("sameAmount", () => {
  it("uses a relative tolerance", () => {
    expect(sameAmount(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameAmount(1.6, 1.6000000001)).toBe(true);
    expect(sameAmount(0.0000125, 0.0000126)).toBe(false);
    expect(sameAmount(0, 0)).toBe(true);
  });
});
