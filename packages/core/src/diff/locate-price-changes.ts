// Which row of a side-by-side diff shows each price change, so the row can carry "$0.25 → $0.20".
import type { ChangeEvent } from "./types";
import type { SideBySideRow } from "./pair-diff-lines";

/** Lines shorter than this say too little to identify a price ("$5", "Input"). */
const MIN_MATCH = 6;

const matches = (line: string | undefined, evidence: string | undefined): boolean => {
  const text = line?.trim();
  const quoted = evidence?.trim();
  if (!text || !quoted || text.length < MIN_MATCH || quoted.length < MIN_MATCH) return false;
  return text.includes(quoted) || quoted.includes(text);
};

/**
 * The index of the changed row each event's evidence is quoted from: the new side's line holding the
 * new evidence, else the old side's line holding the old evidence. Events without such a changed row
 * (unchanged lines, evidence outside the diff) are left out; a row can carry several events.
 */
export function locatePriceChanges<E extends Pick<ChangeEvent, "oldEvidence" | "newEvidence">>(rows: readonly SideBySideRow[], events: readonly E[]): Map<number, E[]> {
  const located = new Map<number, E[]>();
  for (const event of events) {
    const changed = (cell: { op: string; text: string } | null) => cell !== null && cell.op !== "context" ? cell.text : undefined;
    let index = rows.findIndex((row) => row.kind === "line" && matches(changed(row.right), event.newEvidence));
    if (index < 0) index = rows.findIndex((row) => row.kind === "line" && matches(changed(row.left), event.oldEvidence));
    if (index < 0) continue;
    located.set(index, [...(located.get(index) ?? []), event]);
  }
  return located;
}
