"use server";
// Changes a user's role from /admin/users. Admins only, checked here; the last admin stays an admin.
import { changeUserRole } from "@ratecard/db";
import { revalidatePath } from "next/cache";
import { requireAdmin } from "../auth/require-admin";
import { getDb } from "../db";
import { describeUserRefusal } from "./describe-user-refusal";
import type { UserFormState } from "./user-form-state";

export async function changeUserRoleAction(previous: UserFormState, form: FormData): Promise<UserFormState> {
  await requireAdmin();
  const attempt = previous.attempt + 1;
  const role = String(form.get("role") ?? "");
  if (role !== "admin" && role !== "viewer") return { attempt, error: "Choose a role: admin or viewer.", message: null, generatedPassword: null };
  const result = await changeUserRole(getDb(), { userId: String(form.get("userId") ?? ""), role });
  if (!result.ok) return { attempt, error: describeUserRefusal(result.reason), message: null, generatedPassword: null };
  revalidatePath("/admin/users");
  return { attempt, error: null, message: `Role set to ${role}.`, generatedPassword: null };
}
