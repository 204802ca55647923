"use server";
// Sets a new password for a user from /admin/users and signs them out everywhere (an admin resetting
// their own password keeps the session they are using). Admins only, checked here.
import { resetUserPassword } from "@ratecard/db";
import { cookies } from "next/headers";
import { requireAdmin } from "../auth/require-admin";
import { SESSION_COOKIE } from "../auth/session-cookie";
import { getDb } from "../db";
import { describeUserRefusal } from "./describe-user-refusal";
import { readNewPassword } from "./read-new-password";
import type { UserFormState } from "./user-form-state";

export async function resetUserPasswordAction(previous: UserFormState, form: FormData): Promise<UserFormState> {
  const me = await requireAdmin();
  const attempt = previous.attempt + 1;
  const password = readNewPassword(form);
  if (!password.ok) return { attempt, error: password.error, message: null, generatedPassword: null };
  const userId = String(form.get("userId") ?? "");
  const keep = userId === me.id ? (await cookies()).get(SESSION_COOKIE)?.value : undefined;
  const result = await resetUserPassword(getDb(), { userId, password: password.password, ...(keep ? { keepSessionToken: keep } : {}) });
  if (!result.ok) return { attempt, error: describeUserRefusal(result.reason), message: null, generatedPassword: null };
  return { attempt, error: null, message: "Password reset; their sessions were ended and their API tokens revoked.", generatedPassword: password.generated ? password.password : null };
}
