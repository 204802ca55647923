import type { AlertDirection, AlertRuleFilter, DigestSchedule } from "@ratecard/core/alerts";
import type { AlertRule } from "@ratecard/db";

/** A stored rule as the pure matching and timing functions take it. */
export function toRuleFilter(rule: AlertRule): AlertRuleFilter & DigestSchedule {
  return {
    sourceIds: rule.sourceIds,
    providers: rule.providers,
    modelPatterns: rule.modelPatterns,
    eventKinds: rule.eventKinds,
    minPctChange: rule.minPctChange === null ? null : Number(rule.minPctChange),
    direction: rule.direction === "up" || rule.direction === "down" ? (rule.direction as AlertDirection) : null,
    cadence: rule.cadence === "daily" || rule.cadence === "weekly" ? rule.cadence : "immediate",
    digestHour: rule.digestHour,
    digestWeekday: rule.digestWeekday,
    timeZone: rule.timeZone,
  };
}
