import type { Db } from "../create-db-client";
import { hashPassword } from "./hash-password";

/**
 * Creates the first admin from configuration when there is no admin yet; idempotent, and safe
 * when two requests race (the unique email makes the second insert a no-op).
 * Returns whether a user was created.
 */
export async function ensureAdminUser(db: Db, input: { email: string; password: string }): Promise<boolean> {
  if ((await db.user.count({ where: { role: "admin" } })) > 0) return false;
  const { count } = await db.user.createMany({
    data: [{ email: input.email.trim().toLowerCase(), passwordHash: await hashPassword(input.password), role: "admin" }],
    skipDuplicates: true,
  });
  return count > 0;
}
