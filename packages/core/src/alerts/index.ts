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
export { describeAlertRule, type AlertRuleDescription, type DescribableAlertRule } from "./describe-alert-rule";
export { describeAlertDelivery, alertDeliveryState, type AlertDeliveryDescription, type AlertDeliveryState, type DescribableAlertDelivery } from "./describe-alert-delivery";
export { validateAlertRule, ALERT_RULE_FLAGS, type AlertRuleField, type AlertRuleFieldError, type AlertRuleLabels, type AlertRuleOptions, type ValidatedAlertRule } from "./validate-alert-rule";
