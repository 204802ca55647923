import { describe, expect, it } from "vitest";
import { modelVersion, versionsDiffer } from "./model-version";

describe("modelVersion", () => {
  it("reads the numbers a name states, whatever separates them", () => {
    expect(modelVersion("claude-3-5-sonnet")).toBe(modelVersion("Claude 3.5 Sonnet"));
    expect(modelVersion("Gemini 3.1 Pro")).toBe("3.1");
    expect(modelVersion("gpt-4o-2024-08-06")).toBe("4");
    expect(modelVersion("DeepSeek Chat")).toBe("");
    expect(modelVersion("Claude Opus 4.0")).toBe(modelVersion("Claude Opus 4"));
  });
});

describe("versionsDiffer", () => {
  it("tells a new release from a renamed model", () => {
    expect(versionsDiffer("Gemini 3 Pro", "Gemini 3.1 Pro")).toBe(true);
    expect(versionsDiffer("Kimi K2", "Kimi K2.5")).toBe(true);
    expect(versionsDiffer("gpt-4o-mini", "gpt-4.1-mini")).toBe(true);
    // A date stamp pins a snapshot of the same version.
    expect(versionsDiffer("gpt-4o-2024-08-06", "gpt-4o-2024-11-20")).toBe(false);
    expect(versionsDiffer("Claude 3.5 Sonnet", "Claude Sonnet 3.5")).toBe(false);
    expect(versionsDiffer("Mistral-small", "Mistral Small")).toBe(false);
    // A name without a version may be the same model under a new name.
    expect(versionsDiffer("DeepSeek V3", "DeepSeek Chat")).toBe(false);
  });
});
