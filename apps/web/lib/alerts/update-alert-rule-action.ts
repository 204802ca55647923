"use server";
// The edit form of one rule (/alerts/[id]/edit). Admins only, checked here.
import { updateAlertRule } from "@ratecard/db";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireAdmin } from "../auth/require-admin";
import { getDb } from "../db";
import type { AlertRuleFormState } from "./alert-rule-form-state";
import { readAlertRuleForm } from "./read-alert-rule-form";

export async function updateAlertRuleAction(previous: AlertRuleFormState, form: FormData): Promise<AlertRuleFormState> {
  await requireAdmin();
  const db = getDb();
  const read = await readAlertRuleForm(db, form);
  const attempt = previous.attempt + 1;
  if (!read.ok) return { attempt, values: read.values, errors: read.errors, message: null, saved: false };
  const rule = await updateAlertRule(db, String(form.get("id") ?? ""), read.input);
  if (!rule) return { attempt, values: read.values, errors: {}, message: "This rule no longer exists: it was removed meanwhile.", saved: false };
  revalidatePath("/alerts");
  redirect("/alerts");
}
