// Every event is checked against both versions' text before it is reported: a model is removed only
// when the new page no longer names it (outside a passage that retires it: a deprecation table), added
// only when the old page did not, and a price or tier
// changed only when its row changed. What fails is an extraction gap, never an event.
import { lazyOfferedModelMentions } from "../../pricing/models/drop-retirement-passages";
import { mentionsModel, type ModelMentionIndex } from "../../pricing/models/index-model-mentions";
import type { ChangeEvent, ExtractionGap } from "../types";

export interface VerifiedEvents {
  events: ChangeEvent[];
  gaps: ExtractionGap[];
}

export interface PageTexts {
  before: string;
  after: string;
}

/** Evidence rows compared whitespace-insensitively: a re-padded table row is the same row. */
function rowKey(row: string): string {
  return row.replace(/\s+/g, " ").trim();
}

function rowSet(text: string): Set<string> {
  const rows = new Set<string>();
  for (const line of text.split("\n")) {
    const key = rowKey(line);
    if (key !== "") rows.add(key);
  }
  return rows;
}

/** `mentions` lets a caller share the pages' model-mention indexes (built on first use either way). */
export function verifyChangeEvents(
  events: ChangeEvent[],
  texts: PageTexts,
  mentions: { before: () => ModelMentionIndex; after: () => ModelMentionIndex } = { before: lazyOfferedModelMentions(texts.before), after: lazyOfferedModelMentions(texts.after) },
): VerifiedEvents {
  let rows: { before: Set<string>; after: Set<string> } | null = null;
  const index = (side: "before" | "after"): ModelMentionIndex => mentions[side]();
  const named = (side: "before" | "after", model: string): boolean => mentionsModel(index(side), model);
  // A model known by its API id is named where its id is: a variant sharing its display name ("GLM 5.1" as
  // `zai-org-glm-5-1` and `e2ee-glm-5-1`) does not keep it on the page.
  const namedModel = (side: "before" | "after", event: ChangeEvent): boolean =>
    event.modelId !== undefined ? mentionsModel(index(side), event.modelId) : named(side, event.model);
  const hasRow = (side: "before" | "after", evidence: string | undefined): boolean => {
    if (evidence === undefined || evidence.trim() === "") return false;
    rows ??= { before: rowSet(texts.before), after: rowSet(texts.after) };
    return rows[side].has(rowKey(evidence));
  };

  const out: VerifiedEvents = { events: [], gaps: [] };
  const gap = (event: ChangeEvent, kind: ExtractionGap["kind"], side: ExtractionGap["side"], detail: string): void => {
    out.gaps.push({
      kind, side, model: event.model, event: event.kind,
      ...(event.dimension !== undefined ? { dimension: event.dimension } : {}),
      ...(event.tier !== undefined ? { tier: event.tier } : {}),
      detail,
    });
  };

  for (const event of events) {
    switch (event.kind) {
      case "model_removed":
        if (namedModel("after", event)) gap(event, "model_not_read", "new", `the new page still names ${event.model}, but its prices were not read`);
        else out.events.push(event);
        break;
      case "model_added":
        if (namedModel("before", event)) gap(event, "model_not_read", "old", `the old page already named ${event.model}, but its prices were not read`);
        else out.events.push(event);
        break;
      case "model_renamed":
        if (event.previousModel !== undefined && named("after", event.previousModel)) gap(event, "model_not_read", "new", `the new page still names ${event.previousModel}`);
        else if (named("before", event.model)) gap(event, "model_not_read", "old", `the old page already named ${event.model}`);
        else out.events.push(event);
        break;
      default:
        // A price, tier or schedule change: at least one of its rows must differ between the versions.
        // Both rows standing unchanged on both pages means the prices were read differently, not changed.
        if (unchangedRows(event, hasRow)) {
          gap(event, "change_not_evidenced", "new", `the rows of ${event.model}${event.dimension ? ` ${event.dimension}` : ""} stand unchanged on both pages`);
        } else out.events.push(event);
    }
  }
  return out;
}

function unchangedRows(event: ChangeEvent, hasRow: (side: "before" | "after", evidence: string | undefined) => boolean): boolean {
  const oldRow = event.oldEvidence;
  const newRow = event.newEvidence;
  if (oldRow !== undefined && newRow !== undefined) return hasRow("after", oldRow) && hasRow("before", newRow);
  // A price line that appeared (tier_added) whose row was already on the old page, or one that went
  // (tier_removed) whose row is still on the new page.
  if (newRow !== undefined) return hasRow("before", newRow) && event.kind !== "scheduled_change";
  if (oldRow !== undefined) return hasRow("after", oldRow) && event.kind !== "scheduled_change";
  return false;
}
