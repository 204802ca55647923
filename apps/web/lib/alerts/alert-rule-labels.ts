import type { AlertRuleLabels } from "@ratecard/core/alerts";

/** The form's field labels; validation messages name the field with these (the CLI uses its flags). */
export const ALERT_RULE_LABELS: AlertRuleLabels = {
  email: "Email recipients",
  webhook: "Webhook URL",
  source: "Sources",
  provider: "Providers",
  model: "Model patterns",
  kinds: "Event kinds",
  minPct: "Minimum change %",
  direction: "Direction",
  cadence: "Delivery",
  hour: "Digest hour",
  weekday: "Digest weekday",
  tz: "Time zone",
  failureStreak: "Failure streak",
  traction: "Traction report",
};
