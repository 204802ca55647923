"use server";
// The /alerts create form. Admins only, checked here and not just by hiding the form.
import { createAlertRule } from "@ratecard/db";
import { revalidatePath } from "next/cache";
import { requireAdmin } from "../auth/require-admin";
import { getDb } from "../db";
import { EMPTY_ALERT_RULE_VALUES, type AlertRuleFormState } from "./alert-rule-form-state";
import { readAlertRuleForm } from "./read-alert-rule-form";

export async function createAlertRuleAction(previous: AlertRuleFormState, form: FormData): Promise<AlertRuleFormState> {
  await requireAdmin();
  const db = getDb();
  const read = await readAlertRuleForm(db, form);
  const attempt = previous.attempt + 1;
  if (!read.ok) return { attempt, values: read.values, errors: read.errors, message: null, saved: false };
  const rule = await createAlertRule(db, read.input);
  revalidatePath("/alerts");
  return { attempt, values: EMPTY_ALERT_RULE_VALUES, errors: {}, message: `Added the rule “${rule.name}”.`, saved: true };
}
