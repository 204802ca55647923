import { randomBytes } from "node:crypto";
import type { Db } from "../create-db-client";
import { hashSessionToken } from "./hash-session-token";

/** Opens a session: a random 32-byte token for the cookie; the database keeps only its hash. */
export async function createSession(
  db: Db,
  input: { userId: string; now: Date; ttlMs: number },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(input.now.getTime() + input.ttlMs);
  await db.session.create({ data: { id: hashSessionToken(token), userId: input.userId, expiresAt, createdAt: input.now } });
  return { token, expiresAt };
}
