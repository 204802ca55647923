import { describe, expect, it } from "vitest";
import { dropRetirementPassages } from "./drop-retirement-passages";
import { indexModelMentions, mentionsModel } from "./index-model-mentions";

const named = (text: string, model: string): boolean => mentionsModel(indexModelMentions(dropRetirementPassages(text)), model);

describe("dropRetirementPassages", () => {
  it("drops a section headed as deprecated, up to the next heading of its level", () => {
    const page = ["## Pricing", "| GLM 5 | $1 | $3 |", "## Deprecated models", "GLM 4.6 and Kimi K2.", "### Dates", "Kimi K2 Thinking: March 6", "## Limits", "GLM 4.7 has 128K context."].join("\n");
    expect(named(page, "GLM 5")).toBe(true);
    expect(named(page, "GLM 4.6")).toBe(false);
    expect(named(page, "Kimi K2 Thinking")).toBe(false);
    expect(named(page, "GLM 4.7")).toBe(true);
  });

  it("drops a table headed by a deprecation date, and lines that retire a model", () => {
    const page = ["| Model | Deprecation date |", "|---|---|", "| Gemini 3 Pro | March 9, 2026 |", "", "Claude 3 Opus was retired on 2026-01-05.", "Claude Opus 4.6 costs $5."].join("\n");
    expect(named(page, "Gemini 3 Pro")).toBe(false);
    expect(named(page, "Claude 3 Opus")).toBe(false);
    expect(named(page, "Claude Opus 4.6")).toBe(true);
  });

  it("drops a glued table line (html-to-text) that states deprecation dates", () => {
    expect(named("ModelDeprecation dateMiniMax M2.1March 15, 2026GLM 4.7March 15, 2026", "GLM 4.7")).toBe(false);
  });

  it("keeps lines that state a price, and table rows that qualify their own model", () => {
    const page = ["## Deprecated models", "Claude Sonnet 3.7 (deprecated): $3 / MTok input", "", "## Models", "| Model | Input |", "|---|---|", "| Claude Opus 3 (deprecated) | contact sales |"].join("\n");
    expect(named(page, "Claude Sonnet 3.7")).toBe(true);
    expect(named(page, "Claude Opus 3")).toBe(true);
  });

  it("keeps a page with no retirement passage as it is", () => {
    const page = "## Models\n| GPT 5 | $1.25 |\nPrices are per 1M tokens.";
    expect(dropRetirementPassages(page)).toBe(page);
  });
});
