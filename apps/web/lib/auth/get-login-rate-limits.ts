// The dashboard's sign-in limits, in the database so every dashboard process shares the counts and a
// restart does not reset them: 5 attempts per email and address, and 25 per email from anywhere (so
// many addresses cannot guess one account's password quickly either), each in 15 minutes.
import { createLoginRateLimit, type LoginRateLimit } from "@ratecard/db";
import { getDb } from "../db";
import { processSingleton } from "../process-singleton";

export interface LoginRateLimits {
  perAddress: LoginRateLimit;
  perEmail: LoginRateLimit;
}

export function getLoginRateLimits(): LoginRateLimits {
  return processSingleton("login-rate-limits", () => ({
    perAddress: createLoginRateLimit(getDb(), { maxFailures: 5 }),
    perEmail: createLoginRateLimit(getDb(), { maxFailures: 25 }),
  }));
}
