// Alert rules: which events a rule selects, when its digests are due, and when a failing source alerts.
export * from "./types";
export { matchAlertRule } from "./match-alert-rule";
export { matchFailureRule } from "./match-failure-rule";
export { matchModelPattern } from "./match-model-pattern";
export { matchProvider } from "./match-provider";
export { latestDigestSlot, nextDigestSlot } from "./latest-digest-slot";
export { isValidTimeZone, localParts, zonedTimeToUtc } from "./zoned-time";
export { summariseFailureStreak, isFailedOutcome, type CheckOutcomeRow, type FailureStreak } from "./summarise-failure-streak";
export { failureStreakNotices, type FailureNotice } from "./failure-streak-notices";
export { alertRetryDelay } from "./alert-retry-delay";
export { validateAlertRule, type AlertRuleOptions, type ValidatedAlertRule } from "./validate-alert-rule";
