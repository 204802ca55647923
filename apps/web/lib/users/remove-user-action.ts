"use server";
// Removes a user (and their sessions) from /admin/users. Admins only, checked here; never oneself, never the last admin.
import { removeUser } from "@ratecard/db";
import { revalidatePath } from "next/cache";
import { requireAdmin } from "../auth/require-admin";
import { getDb } from "../db";
import { describeUserRefusal } from "./describe-user-refusal";
import type { UserFormState } from "./user-form-state";

export async function removeUserAction(previous: UserFormState, form: FormData): Promise<UserFormState> {
  const me = await requireAdmin();
  const attempt = previous.attempt + 1;
  const result = await removeUser(getDb(), { userId: String(form.get("userId") ?? ""), actorId: me.id });
  if (!result.ok) return { attempt, error: describeUserRefusal(result.reason), message: null, generatedPassword: null };
  revalidatePath("/admin/users");
  return { attempt, error: null, message: "User removed.", generatedPassword: null };
}
