import { describe, expect, it } from "vitest";
import { opensAsJson, parseJsonDocument } from "./parse-json-document";

describe("parseJsonDocument", () => {
  it("reads JSON, and JSON with comments or trailing commas", () => {
    expect(parseJsonDocument('{"a": 1}')).toEqual({ a: 1 });
    expect(parseJsonDocument('// prices per token\n/* by model */\n{\n  "gpt-x": {"input_price": 0.000001,},\n}\n')).toEqual({ "gpt-x": { input_price: 0.000001 } });
  });

  it("tells a text that opens as JSON, after any leading comments, from one that does not", () => {
    expect(["{}", "  [1]", "// prices\n{", "/* a */ /* b */\n[", "\n// x\n// y\n{"].map(opensAsJson)).toEqual([true, true, true, true, true]);
    expect(["# Pricing", "// only a comment", "/* unclosed {", "text {"].map(opensAsJson)).toEqual([false, false, false, false]);
  });

  it("throws JSON.parse's error for what is not JSON either way", () => {
    expect(() => parseJsonDocument('{"a": 1')).toThrow(SyntaxError);
    expect(() => parseJsonDocument("// only a comment")).toThrow(SyntaxError);
    expect(() => parseJsonDocument("not json")).toThrow(/not valid JSON/);
  });
});
