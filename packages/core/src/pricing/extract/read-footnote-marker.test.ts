import { describe, expect, it } from "vitest";
import { readFootnoteMarker } from "./read-footnote-marker";

describe("readFootnoteMarker", () => {
  it("normalises the usual markers", () => {
    expect(readFootnoteMarker("Claude Opus 5¹", "end")).toBe("1");
    expect(readFootnoteMarker("gpt-x [1]", "end")).toBe("1");
    expect(readFootnoteMarker("Sonnet†", "end")).toBe("†");
    expect(readFootnoteMarker("[*] Image output", "start")).toBe("*");
    expect(readFootnoteMarker("\\* Prices", "start")).toBe("*");
    expect(readFootnoteMarker("Claude Opus 5", "end")).toBeUndefined();
  });
});
