import type { Db } from "../create-db-client";
import { isUuid } from "../ids/is-uuid";
import { hashPassword } from "./hash-password";
import { hashSessionToken } from "./hash-session-token";
import type { UserChangeResult } from "./user-change-refusal";

/**
 * Replaces a user's password, ends their sessions and revokes their API tokens, so whoever knew the old
 * password keeps no access (a token made with it would otherwise outlive the reset). `keepSessionToken`
 * spares the session of an admin who resets their own password.
 */
export async function resetUserPassword(db: Db, input: { userId: string; password: string; keepSessionToken?: string }): Promise<UserChangeResult> {
  if (!isUuid(input.userId)) return { ok: false, reason: "not-found" };
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: input.userId }, data: { passwordHash } });
    if (count === 0) return { ok: false, reason: "not-found" };
    const keep = input.keepSessionToken ? hashSessionToken(input.keepSessionToken) : null;
    await tx.session.deleteMany({ where: { userId: input.userId, ...(keep ? { id: { not: keep } } : {}) } });
    await tx.apiToken.updateMany({ where: { userId: input.userId, revokedAt: null }, data: { revokedAt: new Date() } });
    return { ok: true };
  });
}
