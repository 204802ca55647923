// Line diff between two snapshots' normalised text, as shown in alerts and the dashboard.
import { structuredPatch } from "diff";
import type { DiffHunk, DiffLine, TextDiff } from "./types";

export interface DiffTextOptions {
  context?: number;
}

// Myers' algorithm costs O((N+M)·D); past this many edits the pages have been rewritten and a
// line-exact diff is not worth the time, so the changed region is shown as one block instead.
const MAX_EDIT_LENGTH = 2000;

export function diffText(oldText: string, newText: string, options: DiffTextOptions = {}): TextDiff {
  const context = Math.max(0, Math.floor(options.context ?? 3));
  const oldLines = splitLines(oldText);
  const newLines = splitLines(newText);
  // Trimming the common ends first keeps the capped algorithm working on the changed region only.
  let prefix = 0;
  while (prefix < oldLines.length && prefix < newLines.length && oldLines[prefix] === newLines[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < oldLines.length - prefix && suffix < newLines.length - prefix
    && oldLines[oldLines.length - 1 - suffix] === newLines[newLines.length - 1 - suffix]
  ) suffix++;
  if (prefix === oldLines.length && prefix === newLines.length) return { added: 0, removed: 0, hunks: [] };

  // The window around the changed region, with enough context for the hunks.
  const from = Math.max(0, prefix - context);
  const oldTo = Math.min(oldLines.length, oldLines.length - suffix + context);
  const newTo = Math.min(newLines.length, newLines.length - suffix + context);
  const oldWindow = oldLines.slice(from, oldTo);
  const newWindow = newLines.slice(from, newTo);

  const patch = structuredPatch("old", "new", joinLines(oldWindow), joinLines(newWindow), undefined, undefined, {
    context,
    maxEditLength: MAX_EDIT_LENGTH,
  });
  const hunks = patch
    ? patch.hunks.map((hunk) => toHunk(hunk, from))
    : [coarseHunk(oldLines, newLines, prefix, suffix, context)];

  let added = 0;
  let removed = 0;
  for (const hunk of hunks) {
    for (const line of hunk.lines) {
      if (line.op === "add") added++;
      else if (line.op === "remove") removed++;
    }
  }
  return { added, removed, hunks };
}

function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  // A final newline ends the last line rather than starting an empty one.
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

// Every line ends with "\n" so a missing final newline never shows up as a change.
function joinLines(lines: string[]): string {
  return lines.map((line) => `${line}\n`).join("");
}

function toHunk(
  hunk: { oldStart: number; oldLines: number; newStart: number; newLines: number; lines: string[] },
  offset: number,
): DiffHunk {
  const lines: DiffLine[] = [];
  for (const line of hunk.lines) {
    const mark = line[0];
    const text = line.slice(1);
    if (mark === "+") lines.push({ op: "add", text });
    else if (mark === "-") lines.push({ op: "remove", text });
    else if (mark === " ") lines.push({ op: "context", text });
  }
  return {
    oldStart: hunk.oldStart + offset,
    oldLines: hunk.oldLines,
    newStart: hunk.newStart + offset,
    newLines: hunk.newLines,
    lines,
  };
}

function coarseHunk(oldLines: string[], newLines: string[], prefix: number, suffix: number, context: number): DiffHunk {
  const before = oldLines.slice(Math.max(0, prefix - context), prefix);
  const removed = oldLines.slice(prefix, oldLines.length - suffix);
  const addedLines = newLines.slice(prefix, newLines.length - suffix);
  const after = oldLines.slice(oldLines.length - suffix, Math.min(oldLines.length, oldLines.length - suffix + context));
  const oldCount = before.length + removed.length + after.length;
  const newCount = before.length + addedLines.length + after.length;
  const start = prefix - before.length;
  return {
    oldStart: start + 1,
    oldLines: oldCount,
    newStart: start + 1,
    newLines: newCount,
    lines: [
      ...before.map((text) => ({ op: "context" as const, text })),
      ...removed.map((text) => ({ op: "remove" as const, text })),
      ...addedLines.map((text) => ({ op: "add" as const, text })),
      ...after.map((text) => ({ op: "context" as const, text })),
    ],
  };
}
