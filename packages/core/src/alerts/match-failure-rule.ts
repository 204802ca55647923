import { matchProvider } from "./match-provider";
import type { AlertRuleFilter, SourceAlertKind } from "./types";

/**
 * Whether a rule hears about a source itself (failing, or its card degraded): its source and provider
 * filters apply, and its kinds must be empty or name `kind`. Model, percent and direction filters do
 * not concern sources.
 */
export function matchFailureRule(
  rule: Pick<AlertRuleFilter, "sourceIds" | "providers" | "eventKinds">,
  source: { id: string; provider: string | null },
  kind: SourceAlertKind = "source_failure",
): boolean {
  if (rule.sourceIds.length > 0 && !rule.sourceIds.includes(source.id)) return false;
  if (rule.eventKinds.length > 0 && !rule.eventKinds.includes(kind)) return false;
  return matchProvider(rule, source.provider);
}
