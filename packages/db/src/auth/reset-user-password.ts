import type { Db } from "../create-db-client";
import { isUuid } from "../ids/is-uuid";
import { hashPassword } from "./hash-password";
import { hashSessionToken } from "./hash-session-token";
import type { UserChangeResult } from "./user-change-refusal";

/**
 * Replaces a user's password and ends their sessions, so whoever knew the old password is signed out too.
 * `keepSessionToken` spares the session of an admin who resets their own password.
 */
export async function resetUserPassword(db: Db, input: { userId: string; password: string; keepSessionToken?: string }): Promise<UserChangeResult> {
  if (!isUuid(input.userId)) return { ok: false, reason: "not-found" };
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: input.userId }, data: { passwordHash } });
    if (count === 0) return { ok: false, reason: "not-found" };
    const keep = input.keepSessionToken ? hashSessionToken(input.keepSessionToken) : null;
    await tx.session.deleteMany({ where: { userId: input.userId, ...(keep ? { id: { not: keep } } : {}) } });
    return { ok: true };
  });
}
