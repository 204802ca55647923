import type { Db } from "../create-db-client";
import type { SessionUser } from "../auth/find-session-user";
import { hashSessionToken } from "../auth/hash-session-token";

/** Last-used times are written at most this often per token, so a busy client does not write on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The user an API token belongs to, or null when the token is unknown, revoked or expired.
 * Records when the token was last used.
 */
export async function findApiTokenUser(db: Db, token: string, now: Date): Promise<SessionUser | null> {
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashSessionToken(token) },
    select: { id: true, revokedAt: true, expiresAt: true, lastUsedAt: true, user: { select: { id: true, email: true, role: true } } },
  });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= now.getTime())) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return row.user;
}
