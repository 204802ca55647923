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

export type ChangeEventKind =
  | "price_increase"
  | "price_decrease"
  | "model_added"
  | "model_removed"
  | "model_renamed"
  | "tier_added"
  | "tier_removed"
  | "scheduled_change";

/** A classified difference between two price cards (a contract: `ratecard diff --json` prints these). */
export interface ChangeEvent {
  kind: ChangeEventKind;
  model: string;
  /** The model's provider on multi-provider cards (registries). */
  provider?: string;
  /** The model's API id, when its page states one beside the name. */
  modelId?: string;
  /** For model_renamed: the name before. */
  previousModel?: string;
  dimension?: string;
  tier?: string;
  contextAbove?: number;
  cacheTtl?: string;
  qualifiers?: Record<string, string>;
  unit?: string;
  currency?: string;
  old?: number | null;
  new?: number | null;
  /** Percent change, rounded to two decimals (e.g. -50 for a halving). */
  pctChange?: number | null;
  /** For scheduled_change: the date the price takes effect. */
  effectiveAt?: string | null;
  /** For scheduled_change "changed" when the date moved: the date announced before. */
  previousEffectiveAt?: string | null;
  /** For scheduled_change: added | changed | cancelled. */
  change?: "added" | "changed" | "cancelled";
  oldEvidence?: string;
  newEvidence?: string;
}

/**
 * Something the extractor could not read, found when a change did not hold against the pages' text:
 * a model still named on the page but not read from it, or a price change whose rows did not change.
 * Recorded on the snapshot and shown on the source page; never a change event.
 */
export interface ExtractionGap {
  kind: "model_not_read" | "change_not_evidenced";
  /** Which version was not read fully: the earlier one or the later one. */
  side: "old" | "new";
  model: string;
  /** The event that failed verification ("model_removed", "price_increase", ...). */
  event: ChangeEventKind;
  dimension?: string;
  tier?: string;
  detail: string;
}
