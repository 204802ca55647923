import type { AlertRuleFilter } from "./types";

/** Provider ids compare case-insensitively; a rule naming providers never matches an event without one. */
export function matchProvider(rule: Pick<AlertRuleFilter, "providers">, provider: string | null): boolean {
  if (rule.providers.length === 0) return true;
  const id = provider?.trim().toLowerCase();
  return id !== undefined && id !== "" && rule.providers.some((p) => p.trim().toLowerCase() === id);
}
