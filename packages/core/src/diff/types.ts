export interface DiffLine {
  op: "context" | "add" | "remove";
  text: string;
}

/**
 * Line numbers are 1-based. A side with no lines (pure insertion or deletion) gives the number of
 * the line the change sits before, as the diff package does.
 */
export interface DiffHunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  lines: DiffLine[];
}

export interface TextDiff {
  added: number;
  removed: number;
  hunks: DiffHunk[];
}
