// The dashboard's login rate limit: failed sign-ins per email + client address in the database, so every
// dashboard process shares the count and a restart does not reset it.
import { createLoginRateLimit, type LoginRateLimit } from "@ratecard/db";
import { getDb } from "../db";

const holder = globalThis as typeof globalThis & { ratecardLoginRateLimit?: LoginRateLimit };

export function getLoginRateLimiter(): LoginRateLimit {
  holder.ratecardLoginRateLimit ??= createLoginRateLimit(getDb());
  return holder.ratecardLoginRateLimit;
}
