import { describe, expect, it } from "vitest";
import { sameModel } from "./same-model";

describe("sameModel", () => {
  it.each([
    ["Claude Opus 4.6", "claude-opus-4-6-20260115"],
    ["Anthropic: Claude Opus 4.6", "anthropic/claude-opus-4.6"],
    ["Claude 3.5 Sonnet", "claude-3-5-sonnet-20241022"],
    ["GPT-4o", "gpt-4o-2024-08-06"],
    ["gemini-2.5-pro", "Gemini 2.5 Pro"],
    ["models/gemini-1.5-flash", "Gemini 1.5 Flash"],
  ])("%j is %j", (a, b) => {
    expect(sameModel(a, b)).toBe(true);
    expect(sameModel(a, b, "anthropic")).toBe(true);
  });

  it.each([
    ["gpt-4o", "gpt-4o-mini"],
    ["Claude Opus 4", "Claude Opus 4.1"],
    ["claude-sonnet-4", "claude-sonnet-4-5"],
  ])("%j is not %j", (a, b) => {
    expect(sameModel(a, b)).toBe(false);
  });
});
