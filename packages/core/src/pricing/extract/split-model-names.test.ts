import { describe, expect, it } from "vitest";
import { cleanModelName } from "../models/clean-model-name";
import { splitModelNames } from "./split-model-names";

describe("splitModelNames and cleanModelName", () => {
  it("expands a cell naming several versions of one family", () => {
    expect(splitModelNames("Claude Sonnet 4.6 / 4.5 / 4")).toEqual(["Claude Sonnet 4.6", "Claude Sonnet 4.5", "Claude Sonnet 4"]);
    expect(splitModelNames("Imagen 2, Imagen 1")).toEqual(["Imagen 2", "Imagen 1"]);
  });

  it("expands versions joined by a bare slash, but not an organisation's slash", () => {
    expect(splitModelNames("Opus 4.1/4/3")).toEqual(["Opus 4.1", "Opus 4", "Opus 3"]);
    expect(splitModelNames("Sonnet 4.5/4/3.7")).toEqual(["Sonnet 4.5", "Sonnet 4", "Sonnet 3.7"]);
    expect(splitModelNames("meta-llama/Llama-3.3-70B-Instruct")).toEqual(["meta-llama/Llama-3.3-70B-Instruct"]);
  });

  it("expands an API id and its alias written as an id ('bu-1-0 / bu-latest (Default)')", () => {
    expect(splitModelNames("bu-1-0 / bu-latest (Default)")).toEqual(["bu-1-0", "bu-latest"]);
    // Words that are no id stay one name.
    expect(splitModelNames("acme-1 / Latest Release")).toEqual(["acme-1 / Latest Release"]);
  });

  it("keeps names that only look like lists", () => {
    expect(splitModelNames("Grounding with Google Web Search and Image Search, & Web Grounding for Enterprise")).toHaveLength(1);
    expect(splitModelNames("gpt-4o-mini-search-preview")).toEqual(["gpt-4o-mini-search-preview"]);
  });

  it("strips links, bold, footnote markers and deprecation labels", () => {
    expect(cleanModelName("[Claude Opus 4.6](/x)")).toBe("Claude Opus 4.6");
    expect(cleanModelName("Claude Sonnet 3.7 ([deprecated](/docs/en/about-claude/model-deprecations))")).toBe("Claude Sonnet 3.7");
    expect(cleanModelName("**Sonar Pro**")).toBe("Sonar Pro");
    expect(cleanModelName("GLM-5 *")).toBe("GLM-5");
    expect(cleanModelName("Gemini 2.5 Pro¹")).toBe("Gemini 2.5 Pro");
    expect(cleanModelName("Claude 3 Haiku (Deprecated)")).toBe("Claude 3 Haiku");
  });
});
