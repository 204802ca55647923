"use server";
// Adds a user from /admin/users. Admins only, checked here.
import { createUser, findUserByEmail } from "@ratecard/db";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireAdmin } from "../auth/require-admin";
import { getDb } from "../db";
import { readNewPassword } from "./read-new-password";
import type { UserFormState } from "./user-form-state";

const emailSchema = z.email();

export async function addUserAction(previous: UserFormState, form: FormData): Promise<UserFormState> {
  await requireAdmin();
  const attempt = previous.attempt + 1;
  const fail = (error: string): UserFormState => ({ attempt, error, message: null, generatedPassword: null });
  const email = String(form.get("email") ?? "").trim().toLowerCase();
  const role = String(form.get("role") ?? "");
  if (!emailSchema.safeParse(email).success) return fail(`'${email}' is not an email address: write it as name@example.com.`);
  if (role !== "admin" && role !== "viewer") return fail("Choose a role: admin or viewer.");
  const password = readNewPassword(form);
  if (!password.ok) return fail(password.error);
  const db = getDb();
  if (await findUserByEmail(db, email)) return fail(`${email} already has an account.`);
  try {
    await createUser(db, { email, password: password.password, role });
  } catch {
    // The unique email index, when two admins add the same address at once.
    return fail(`${email} already has an account.`);
  }
  revalidatePath("/admin/users");
  return { attempt, error: null, message: `Added ${email} as ${role}.`, generatedPassword: password.generated ? password.password : null };
}
