import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { formatCsv } from "./format-csv";

describe("formatCsv", () => {
  it("quotes commas, quotes and newlines so every cell reads back unchanged", () => {
    const cells = ["GPT-5 mini, batch", 'the "flex" tier', "line one\nline two", "plain"];
    const csv = formatCsv([["a", "b", "c", "d"], cells]);
    expect(csv).toBe('a,b,c,d\r\n"GPT-5 mini, batch","the ""flex"" tier","line one\nline two",plain\r\n');
    expect(parse(csv)).toEqual([["a", "b", "c", "d"], cells]);
  });

  it("neutralises scraped text a spreadsheet would run as a formula, but keeps negative numbers", () => {
    const csv = formatCsv([["=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", -12.5, 0.2, "safe - text"]]);
    const [row] = parse(csv) as string[][];
    expect(row).toEqual(["'=HYPERLINK(\"http://evil\")", "'+1+1", "'-2+3", "'@SUM(A1)", "'\tx", "-12.5", "0.2", "safe - text"]);
  });

  it("writes empty cells for null and undefined, and nothing for no records", () => {
    expect(formatCsv([["x", null, undefined, true, false]])).toBe("x,,,true,false\r\n");
    expect(formatCsv([])).toBe("");
  });
});
