// What the alert-rule form sends back after a submission: the values as typed and each field's error.
import type { AlertRuleField } from "@ratecard/core/alerts";

export interface AlertRuleFormValues {
  name: string;
  email: string;
  webhook: string;
  source: string[];
  provider: string;
  model: string;
  kinds: string[];
  minPct: string;
  direction: string;
  cadence: string;
  hour: string;
  weekday: string;
  tz: string;
  failureStreak: string;
  traction: boolean;
  enabled: boolean;
}

export interface AlertRuleFormState {
  /** Counts submissions, so the form remounts with the submitted values as its defaults. */
  attempt: number;
  values: AlertRuleFormValues;
  errors: Partial<Record<AlertRuleField, string>>;
  /** A message for the whole form (saved, or the rule is gone). */
  message: string | null;
  saved: boolean;
}

export const EMPTY_ALERT_RULE_VALUES: AlertRuleFormValues = {
  name: "",
  email: "",
  webhook: "",
  source: [],
  provider: "",
  model: "",
  kinds: [],
  minPct: "",
  direction: "any",
  cadence: "immediate",
  hour: "",
  weekday: "",
  tz: "UTC",
  failureStreak: "",
  traction: false,
  enabled: true,
};
