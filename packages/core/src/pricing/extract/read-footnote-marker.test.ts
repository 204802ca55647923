import { describe, expect, it } from "vitest";
import { readFootnoteMarker } from "./read-footnote-marker";

describe("readFootnoteMarker", () => {
  it("normalises the usual markers", () => {
    expect(readFootnoteMarker("Claude Opus 5¹", "end")).toBe("1");
    expect(readFootnoteMarker("gpt-x [1]", "end")).toBe("1");
    expect(readFootnoteMarker("Sonnet†", "end")).toBe("†");
    expect(readFootnoteMarker("[*] Image output", "start")).toBe("*");
    expect(readFootnoteMarker("\\* Prices", "start")).toBe("*");
    expect(readFootnoteMarker("$0.07(5)", "end")).toBe("5");
    expect(readFootnoteMarker("(5) The form shows the original price", "start")).toBe("5");
    expect(readFootnoteMarker("Claude Opus 5", "end")).toBeUndefined();
    expect(readFootnoteMarker("Claude Opus (2026)", "end")).toBeUndefined();
  });
});
