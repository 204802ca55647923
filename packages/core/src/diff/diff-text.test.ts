import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture";
import { normalizePageText } from "../page/normalize-page-text";
import { diffText } from "./diff-text";

const geminiText = normalizePageText({
  body: readFixture("pages/gemini__2026-05-08__quill-router-rawhtml.html"),
  contentType: "text/html",
});

const numbered = (n: number, prefix = "line"): string => Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`).join("\n");

describe("diffText", () => {
  it("reports one price change on a real page as one removed and one added line, at the right line", () => {
    const oldRow = "| Gemini 3 Flash Preview | Input (audio) | $1 | $1 | $0.1 | $0.1 |";
    const newRow = "| Gemini 3 Flash Preview | Input (audio) | $0.8 | $1 | $0.1 | $0.1 |";
    const lines = geminiText.split("\n");
    const index = lines.indexOf(oldRow);
    expect(index).toBeGreaterThan(10);
    const edited = [...lines.slice(0, index), newRow, ...lines.slice(index + 1)].join("\n");

    const diff = diffText(geminiText, edited);
    expect(diff.added).toBe(1);
    expect(diff.removed).toBe(1);
    expect(diff.hunks).toHaveLength(1);
    const hunk = diff.hunks[0]!;
    expect(hunk).toMatchObject({ oldStart: index + 1 - 3, oldLines: 7, newStart: index + 1 - 3, newLines: 7 });
    expect(hunk.lines.map((line) => line.op)).toEqual(["context", "context", "context", "remove", "add", "context", "context", "context"]);
    expect(hunk.lines[3]).toEqual({ op: "remove", text: oldRow });
    expect(hunk.lines[4]).toEqual({ op: "add", text: newRow });
    expect(hunk.lines[0]!.text).toBe(lines[index - 3]);
  });

  it("gives no hunks for identical texts, and ignores a missing final newline or CRLF", () => {
    expect(diffText(geminiText, geminiText)).toEqual({ added: 0, removed: 0, hunks: [] });
    expect(diffText("a\nb", "a\r\nb\r\n")).toEqual({ added: 0, removed: 0, hunks: [] });
  });

  it("honours the context option", () => {
    const diff = diffText(numbered(20), numbered(20).replace("line 10\n", "line ten\n"), { context: 0 });
    expect(diff.hunks).toEqual([
      { oldStart: 10, oldLines: 1, newStart: 10, newLines: 1, lines: [{ op: "remove", text: "line 10" }, { op: "add", text: "line ten" }] },
    ]);
  });

  it("keeps distant changes in separate hunks and merges near ones", () => {
    const old = numbered(40);
    const far = old.replace("line 5\n", "line five\n").replace("line 30\n", "line thirty\n");
    expect(diffText(old, far).hunks.map((h) => [h.oldStart, h.oldLines])).toEqual([[2, 7], [27, 7]]);
    const near = old.replace("line 5\n", "line five\n").replace("line 9\n", "line nine\n");
    expect(diffText(old, near).hunks.map((h) => [h.oldStart, h.oldLines])).toEqual([[2, 11]]);
  });

  it("numbers insertions and deletions at the edges", () => {
    const inserted = diffText("b\nc", "a\nb\nc");
    expect(inserted).toMatchObject({ added: 1, removed: 0 });
    expect(inserted.hunks[0]).toMatchObject({ oldStart: 1, oldLines: 2, newStart: 1, newLines: 3 });
    const appended = diffText(numbered(10), `${numbered(10)}\nline 11`);
    expect(appended.hunks[0]).toMatchObject({ oldStart: 8, oldLines: 3, newStart: 8, newLines: 4 });
    expect(appended.hunks[0]!.lines.at(-1)).toEqual({ op: "add", text: "line 11" });
    const emptied = diffText("x\ny", "");
    expect(emptied).toMatchObject({ added: 0, removed: 2 });
    expect(emptied.hunks[0]).toMatchObject({ oldStart: 1, oldLines: 2, newLines: 0 });
  });

  it("diffs two 1 MB texts with scattered edits exactly", () => {
    const old = numbered(60_000, "a fairly long line of pricing text, number");
    const lines = old.split("\n");
    for (let i = 100; i < lines.length; i += 1000) lines[i] = `edited ${i}`;
    expect(old.length).toBeGreaterThan(1_000_000);
    const diff = diffText(old, lines.join("\n"));
    expect(diff.added).toBe(60);
    expect(diff.removed).toBe(60);
    expect(diff.hunks).toHaveLength(60);
    expect(diff.hunks[0]).toMatchObject({ oldStart: 98, newStart: 98 });
  });

  it("falls back to one coarse hunk when two 1 MB texts differ too much to diff line by line, without hanging", () => {
    const old = numbered(60_000, "a fairly long line of pricing text, number");
    const lines = old.split("\n");
    // 6,000 scattered edits: past the edit cap, where an exact diff would take seconds.
    for (let i = 0; i < lines.length; i += 10) lines[i] = `edited ${i}`;
    const diff = diffText(old, lines.join("\n"));
    // From the first edit (line 1) to the last (line 59,991), then 3 lines of context.
    expect(diff.hunks).toHaveLength(1);
    expect(diff.removed).toBe(59_991);
    expect(diff.added).toBe(59_991);
    expect(diff.hunks[0]).toMatchObject({ oldStart: 1, oldLines: 59_994, newStart: 1, newLines: 59_994 });
    expect(diff.hunks[0]!.lines[0]).toEqual({ op: "remove", text: "a fairly long line of pricing text, number 1" });
    expect(diff.hunks[0]!.lines.at(-1)).toEqual({ op: "context", text: "a fairly long line of pricing text, number 59994" });
  });
});
