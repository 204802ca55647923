import { matchModelPattern } from "./match-model-pattern";
import { matchProvider } from "./match-provider";
import type { AlertRuleFilter, AlertSubjectEvent } from "./types";

/**
 * Whether a change event is one the rule asks for. Every filter must pass; an empty list passes all.
 * Model patterns also match the name before a rename. Percent and direction filters only judge events
 * that have a percent change; restrict `eventKinds` to leave out additions and removals.
 */
export function matchAlertRule(rule: AlertRuleFilter, event: AlertSubjectEvent): boolean {
  if (rule.sourceIds.length > 0 && !rule.sourceIds.includes(event.sourceId)) return false;
  if (rule.eventKinds.length > 0 && !rule.eventKinds.includes(event.kind)) return false;
  if (!matchProvider(rule, event.provider)) return false;
  if (rule.modelPatterns.length > 0) {
    const names = [event.model, event.previousModel].filter((name): name is string => typeof name === "string" && name !== "");
    if (!rule.modelPatterns.some((pattern) => names.some((name) => matchModelPattern(pattern, name)))) return false;
  }
  const pct = event.pctChange;
  if (pct !== null && Number.isFinite(pct)) {
    if (rule.minPctChange !== null && Math.abs(pct) < rule.minPctChange) return false;
    if (rule.direction === "up" && !(pct > 0)) return false;
    if (rule.direction === "down" && !(pct < 0)) return false;
  } else if (rule.direction === "up" && event.kind === "price_decrease") {
    return false;
  } else if (rule.direction === "down" && event.kind === "price_increase") {
    return false;
  }
  return true;
}
