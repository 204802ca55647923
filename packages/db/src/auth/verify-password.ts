// Checks a password against a `scrypt$N$r$p$salt$hash` string in constant time.
import { timingSafeEqual } from "node:crypto";
import { scryptAsync } from "./scrypt-async";

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every((value) => Number.isInteger(value) && value > 0) || N > 2 ** 20) return false;
  const salt = Buffer.from(parts[4]!, "base64");
  const expected = Buffer.from(parts[5]!, "base64");
  if (salt.length === 0 || expected.length === 0) return false;
  const actual = await scryptAsync(password.normalize("NFKC"), salt, expected.length, { N, r, p });
  return timingSafeEqual(actual, expected);
}
