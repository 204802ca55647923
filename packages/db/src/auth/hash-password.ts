// Slow, salted password hashing with Node's built-in scrypt (no native dependency).
// Stored as `scrypt$N$r$p$salt$hash` (salt and hash base64) so the cost can be raised later
// without invalidating existing hashes: verifyPassword reads the parameters back.
import { randomBytes } from "node:crypto";
import { scryptAsync } from "./scrypt-async";

const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 64;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password.normalize("NFKC"), salt, KEY_LENGTH, { N, r: R, p: P });
  return ["scrypt", N, R, P, salt.toString("base64"), hash.toString("base64")].join("$");
}
