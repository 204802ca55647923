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
  if (truth.kind !== event.kind) return false;
  // A truth may name the model by its API id where the event names it by its display name, as prices do.
  const truthModel = scoreModelKey(truth.model);
  if (truthModel !== scoreModelKey(event.model) && (event.modelId === undefined || truthModel !== scoreModelKey(event.modelId))) return false;
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
