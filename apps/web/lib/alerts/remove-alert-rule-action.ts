"use server";
// Removes a rule (and, by cascade, its outbox rows). Admins only, checked here.
import { findAlertRule, removeAlertRule } from "@ratecard/db";
import { revalidatePath } from "next/cache";
import { requireAdmin } from "../auth/require-admin";
import { getDb } from "../db";

export async function removeAlertRuleAction(form: FormData): Promise<void> {
  await requireAdmin();
  const db = getDb();
  // findAlertRule accepts only ids (or id prefixes), so a forged value finds nothing.
  const rule = await findAlertRule(db, String(form.get("id") ?? ""));
  if (rule) await removeAlertRule(db, rule.id);
  revalidatePath("/alerts");
}
