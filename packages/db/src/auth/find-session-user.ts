import type { Db } from "../create-db-client";
import type { User } from "../generated/prisma/client";
import { hashSessionToken } from "./hash-session-token";

export type SessionUser = Pick<User, "id" | "email" | "role">;

/** The user a session token belongs to, or null when the token is unknown or the session has expired. */
export async function findSessionUser(db: Db, token: string, now: Date): Promise<SessionUser | null> {
  const session = await db.session.findUnique({
    where: { id: hashSessionToken(token) },
    select: { expiresAt: true, user: { select: { id: true, email: true, role: true } } },
  });
  if (!session || session.expiresAt.getTime() <= now.getTime()) return null;
  return session.user;
}
