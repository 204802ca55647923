import { describe, expect, it } from "vitest";
import { indexModelMentions, mentionsModel } from "./index-model-mentions";

describe("mentionsModel", () => {
  const page = indexModelMentions("| [Claude Opus 4.1](/opus) | $15 / MTok |\n| **gpt-4o-mini** | $0.15 |\nDeepSeek-V3 is retired. Use claude-sonnet-4-5.");

  it("finds a model however the page spells it", () => {
    expect(mentionsModel(page, "Claude Opus 4.1")).toBe(true);
    expect(mentionsModel(page, "claude-opus-4.1")).toBe(true);
    expect(mentionsModel(page, "Claude Sonnet 4.5")).toBe(true);
    expect(mentionsModel(page, "deepseek v3")).toBe(true);
    // A price right after the name is not a version of it.
    expect(mentionsModel(indexModelMentions("Claude Opus 4 $15 / MTok input"), "Claude Opus 4")).toBe(true);
    expect(mentionsModel(indexModelMentions("| Gemini 2.5 | 1.25 |"), "Gemini 2.5")).toBe(true);
  });

  it("does not take the start of a longer name for the model", () => {
    expect(mentionsModel(page, "Claude Opus 4")).toBe(false);
    expect(mentionsModel(page, "gpt-4o")).toBe(false);
    expect(mentionsModel(page, "Claude Sonnet 4")).toBe(false);
    expect(mentionsModel(page, "Claude Haiku 3")).toBe(false);
    expect(mentionsModel(page, "")).toBe(false);
    expect(mentionsModel(indexModelMentions("Gemini 2.5 Flash: $0.30"), "Gemini 2.5")).toBe(false);
  });
});
