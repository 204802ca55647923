/**
 * One thing the extractor could not read, in one shape for both kinds stored on a snapshot: a change that
 * failed verification (core's ExtractionGap: a model, its dimension and tier) and a priced line that
 * names no model (core's PageGap: a line and its text).
 */
export interface StoredExtractionGap {
  kind: string;
  model: string | null;
  dimension: string | null;
  tier: string | null;
  detail: string;
  line: number | null;
  text: string | null;
}

const str = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/** The stored JSON array read defensively: entries without a kind or detail are skipped. */
export function readExtractionGaps(value: unknown): StoredExtractionGap[] {
  if (!Array.isArray(value)) return [];
  const gaps: StoredExtractionGap[] = [];
  for (const entry of value) {
    if (!entry || typeof entry !== "object") continue;
    const gap = entry as Record<string, unknown>;
    const kind = str(gap.kind);
    const detail = str(gap.detail);
    if (!kind || !detail) continue;
    gaps.push({ kind, model: str(gap.model), dimension: str(gap.dimension), tier: str(gap.tier), detail, line: typeof gap.line === "number" ? gap.line : null, text: str(gap.text) });
  }
  return gaps;
}
