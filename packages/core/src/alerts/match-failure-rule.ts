import { matchProvider } from "./match-provider";
import type { AlertRuleFilter } from "./types";

/**
 * Whether a rule hears about a failing source: its source and provider filters apply, and its kinds
 * must be empty or name `source_failure`. Model, percent and direction filters do not concern sources.
 */
export function matchFailureRule(rule: Pick<AlertRuleFilter, "sourceIds" | "providers" | "eventKinds">, source: { id: string; provider: string | null }): boolean {
  if (rule.sourceIds.length > 0 && !rule.sourceIds.includes(source.id)) return false;
  if (rule.eventKinds.length > 0 && !rule.eventKinds.includes("source_failure")) return false;
  return matchProvider(rule, source.provider);
}
