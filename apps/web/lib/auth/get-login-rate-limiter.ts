// The process's one login rate limiter, kept on globalThis so dev-server reloads do not reset it.
import { createLoginRateLimiter, type LoginRateLimiter } from "./login-rate-limiter";

const holder = globalThis as typeof globalThis & { ratecardLoginRateLimiter?: LoginRateLimiter };

export function getLoginRateLimiter(): LoginRateLimiter {
  holder.ratecardLoginRateLimiter ??= createLoginRateLimiter();
  return holder.ratecardLoginRateLimiter;
}
