import { randomBytes } from "node:crypto";
import type { Db } from "../create-db-client";
import { hashSessionToken } from "../auth/hash-session-token";

/** Tokens start with this, so they are recognisable in a config file or a secret scanner. */
export const API_TOKEN_PREFIX = "rc_";

export interface CreatedApiToken {
  id: string;
  name: string;
  /** The token itself: shown to the user once; the database keeps only its SHA-256. */
  token: string;
  prefix: string;
  createdAt: Date;
  expiresAt: Date | null;
}

/** Issues a personal API token: `rc_` + 32 random bytes (base64url). */
export async function createApiToken(
  db: Db,
  input: { userId: string; name: string; now: Date; expiresAt?: Date | null },
): Promise<CreatedApiToken> {
  const token = API_TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const prefix = token.slice(0, API_TOKEN_PREFIX.length + 6);
  const row = await db.apiToken.create({
    data: {
      userId: input.userId,
      name: input.name,
      tokenHash: hashSessionToken(token),
      prefix,
      createdAt: input.now,
      expiresAt: input.expiresAt ?? null,
    },
    select: { id: true, name: true, createdAt: true, expiresAt: true },
  });
  return { ...row, token, prefix };
}
