// A submitted alert-rule form, checked by the same validation as `ratecard alerts add`, with the chosen
// sources looked up so that a rule never names a source that does not exist.
import { validateAlertRule, type AlertRuleField, type AlertRuleInput, type AlertRuleOptions } from "@ratecard/core/alerts";
import { isUuid, type Db } from "@ratecard/db";
import type { AlertRuleFormValues } from "./alert-rule-form-state";
import { ALERT_RULE_LABELS } from "./alert-rule-labels";

export type ReadAlertRuleForm =
  | { ok: true; values: AlertRuleFormValues; input: AlertRuleInput & { enabled: boolean } }
  | { ok: false; values: AlertRuleFormValues; errors: Partial<Record<AlertRuleField, string>> };

const text = (form: FormData, key: string) => String(form.get(key) ?? "");
const optional = (value: string) => (value.trim() === "" ? undefined : value);

export async function readAlertRuleForm(db: Db, form: FormData): Promise<ReadAlertRuleForm> {
  const values: AlertRuleFormValues = {
    name: text(form, "name"),
    email: text(form, "email"),
    webhook: text(form, "webhook"),
    source: form.getAll("source").map(String).filter((id) => id !== ""),
    provider: text(form, "provider"),
    model: text(form, "model"),
    kinds: form.getAll("kinds").map(String),
    minPct: text(form, "minPct"),
    direction: text(form, "direction") || "any",
    cadence: text(form, "cadence") || "immediate",
    hour: text(form, "hour"),
    weekday: text(form, "weekday"),
    tz: text(form, "tz"),
    failureStreak: text(form, "failureStreak"),
    traction: form.get("traction") === "on",
    // The create form has no such box: a new rule is enabled.
    enabled: form.has("enabledShown") ? form.get("enabled") === "on" : true,
  };
  const options: AlertRuleOptions = {
    name: values.name,
    email: [values.email],
    webhook: values.webhook,
    source: values.source,
    provider: [values.provider],
    model: [values.model],
    kinds: values.kinds,
    minPct: optional(values.minPct),
    direction: values.direction,
    cadence: values.cadence,
    hour: optional(values.hour),
    weekday: optional(values.weekday),
    tz: optional(values.tz),
    failureStreak: optional(values.failureStreak),
    traction: values.traction,
  };
  const validated = validateAlertRule(options, ALERT_RULE_LABELS);
  const errors: Partial<Record<AlertRuleField, string>> = validated.ok ? {} : Object.fromEntries(validated.errors.map((e) => [e.field, e.message]));
  // The chosen sources in one query; an id that is not (or no longer) a source is an error, not dropped.
  const chosen = [...new Set(values.source)];
  const found = chosen.every(isUuid)
    ? await db.source.findMany({ where: { id: { in: chosen } }, select: { id: true } })
    : [];
  const known = new Set(found.map((source) => source.id));
  const sourceIds = chosen.filter((id) => known.has(id));
  if (sourceIds.length !== chosen.length) errors.source ??= `${ALERT_RULE_LABELS.source}: a chosen source no longer exists; pick again`;
  if (!validated.ok || Object.keys(errors).length > 0) return { ok: false, values, errors };
  return { ok: true, values, input: { ...validated.rule, sourceIds, enabled: values.enabled } };
}
