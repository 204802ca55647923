// Scores reported change events against a pair's truth events: each truth event matched at most once.
import type { ChangeEvent } from "../../diff/types";
import type { TruthEvent } from "./corpus-truth";
import { amountsEqual, scoreModelKey } from "./score-key";

export interface ChangeEventScore {
  truthEvents: number;
  reported: number;
  matched: number;
  missed: TruthEvent[];
  spurious: ChangeEvent[];
}

const PRICE_KINDS = new Set(["price_increase", "price_decrease"]);

function matches(truth: TruthEvent, event: ChangeEvent): boolean {
  if (truth.kind !== event.kind || scoreModelKey(truth.model) !== scoreModelKey(event.model)) return false;
  if (!PRICE_KINDS.has(truth.kind)) return true;
  return (
    (truth.dimension ?? null) === (event.dimension ?? null) &&
    (truth.tier ?? "standard") === (event.tier ?? "standard") &&
    (truth.contextAbove ?? null) === (event.contextAbove ?? null) &&
    amountsEqual(truth.new, event.new)
  );
}

export function scoreChangeEvents(truth: TruthEvent[], events: ChangeEvent[]): ChangeEventScore {
  const used = new Set<number>();
  const missed: TruthEvent[] = [];
  for (const t of truth) {
    const at = events.findIndex((e, i) => !used.has(i) && matches(t, e));
    if (at < 0) missed.push(t);
    else used.add(at);
  }
  return { truthEvents: truth.length, reported: events.length, matched: used.size, missed, spurious: events.filter((_, i) => !used.has(i)) };
}
