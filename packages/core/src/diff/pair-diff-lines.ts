// A unified diff laid out side by side: removed lines on the left facing the lines that replaced them.
import type { TextDiff } from "./types";

export interface SideCell {
  /** 1-based line number in its snapshot's text. */
  line: number;
  text: string;
  op: "context" | "add" | "remove";
}

export type SideBySideRow =
  | { kind: "hunk"; oldStart: number; newStart: number }
  | { kind: "line"; left: SideCell | null; right: SideCell | null };

/**
 * Each hunk becomes a header row and line rows. Context lines sit on both sides; a run of removed
 * lines followed by a run of added lines is paired up in order (the first removed line faces the
 * first added one), the longer run's rest facing an empty cell.
 */
export function pairDiffLines(diff: TextDiff): SideBySideRow[] {
  const rows: SideBySideRow[] = [];
  for (const hunk of diff.hunks) {
    rows.push({ kind: "hunk", oldStart: hunk.oldStart, newStart: hunk.newStart });
    let oldLine = hunk.oldStart;
    let newLine = hunk.newStart;
    let removed: SideCell[] = [];
    let added: SideCell[] = [];
    const flush = () => {
      for (let i = 0; i < Math.max(removed.length, added.length); i++) rows.push({ kind: "line", left: removed[i] ?? null, right: added[i] ?? null });
      removed = [];
      added = [];
    };
    for (const line of hunk.lines) {
      if (line.op === "remove") {
        if (added.length > 0) flush();
        removed.push({ line: oldLine++, text: line.text, op: "remove" });
      } else if (line.op === "add") {
        added.push({ line: newLine++, text: line.text, op: "add" });
      } else {
        flush();
        rows.push({ kind: "line", left: { line: oldLine++, text: line.text, op: "context" }, right: { line: newLine++, text: line.text, op: "context" } });
      }
    }
    flush();
  }
  return rows;
}
