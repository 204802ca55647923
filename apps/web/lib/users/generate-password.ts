import { randomBytes } from "node:crypto";

/** A random 20-character password (120 bits), for an admin who does not want to type one. */
export function generatePassword(): string {
  return randomBytes(15).toString("base64url");
}
