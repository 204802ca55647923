// Sessions are stored under the SHA-256 of the cookie's token, so a leaked sessions table signs no one in.
import { createHash } from "node:crypto";

export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}
