import { describe, expect, it } from "vitest";
import { diffText } from "./diff-text";
import { locatePriceChanges } from "./locate-price-changes";
import { pairDiffLines } from "./pair-diff-lines";

const before = ["API pricing", "GPT-5 | $1.25 / 1M tokens", "GPT-5 mini | $0.25 / 1M tokens", "GPT-5 nano | $0.05 / 1M tokens", "Batch API: 50% off"].join("\n");
const after = ["API pricing", "GPT-5 | $1.25 / 1M tokens", "GPT-5 mini | $0.20 / 1M tokens", "GPT-5 nano | $0.05 / 1M tokens", "GPT-6 | $9 / 1M tokens", "Batch API: 50% off"].join("\n");

describe("pairDiffLines", () => {
  it("puts a replaced line opposite its replacement with both line numbers, and an added line opposite nothing", () => {
    const rows = pairDiffLines(diffText(before, after, { context: 1 }));
    expect(rows).toEqual([
      { kind: "hunk", oldStart: 2, newStart: 2 },
      { kind: "line", left: { line: 2, text: "GPT-5 | $1.25 / 1M tokens", op: "context" }, right: { line: 2, text: "GPT-5 | $1.25 / 1M tokens", op: "context" } },
      { kind: "line", left: { line: 3, text: "GPT-5 mini | $0.25 / 1M tokens", op: "remove" }, right: { line: 3, text: "GPT-5 mini | $0.20 / 1M tokens", op: "add" } },
      { kind: "line", left: { line: 4, text: "GPT-5 nano | $0.05 / 1M tokens", op: "context" }, right: { line: 4, text: "GPT-5 nano | $0.05 / 1M tokens", op: "context" } },
      { kind: "line", left: null, right: { line: 5, text: "GPT-6 | $9 / 1M tokens", op: "add" } },
      { kind: "line", left: { line: 5, text: "Batch API: 50% off", op: "context" }, right: { line: 6, text: "Batch API: 50% off", op: "context" } },
    ]);
  });

  it("pairs two removed lines with one added line, the second facing an empty cell", () => {
    const rows = pairDiffLines(diffText("a\nb\nc\nd", "a\nB\nd", { context: 0 }));
    expect(rows.filter((row) => row.kind === "line")).toEqual([
      { kind: "line", left: { line: 2, text: "b", op: "remove" }, right: { line: 2, text: "B", op: "add" } },
      { kind: "line", left: { line: 3, text: "c", op: "remove" }, right: null },
    ]);
  });
});

describe("locatePriceChanges", () => {
  it("finds the changed row quoting each event's evidence, and skips evidence on unchanged lines", () => {
    const rows = pairDiffLines(diffText(before, after, { context: 1 }));
    const mini = { oldEvidence: "GPT-5 mini | $0.25 / 1M tokens", newEvidence: "GPT-5 mini | $0.20 / 1M tokens" };
    const removedOnly = { oldEvidence: "GPT-5 mini | $0.25 / 1M tokens" };
    const unchanged = { oldEvidence: "GPT-5 nano | $0.05 / 1M tokens", newEvidence: "GPT-5 nano | $0.05 / 1M tokens" };
    const located = locatePriceChanges(rows, [mini, removedOnly, unchanged]);
    expect([...located.entries()]).toEqual([[2, [mini, removedOnly]]]);
  });

  it("matches a line that is part of longer evidence but not a line too short to tell", () => {
    const rows = pairDiffLines(diffText("x\n$5", "x\n$4", { context: 0 }));
    expect(locatePriceChanges(rows, [{ newEvidence: "$4" }]).size).toBe(0);
    const table = pairDiffLines(diffText("Opus | $5 / MTok", "Opus | $4 / MTok", { context: 0 }));
    expect([...locatePriceChanges(table, [{ newEvidence: "Models: Opus | $4 / MTok (batch 50% off)" }]).keys()]).toEqual([1]);
  });
});
