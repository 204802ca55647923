import { readEnv, type Env } from "../src/env";

/** The worker's configuration as tests run it: local fixture servers allowed, short time-outs. */
export function testEnv(overrides: Record<string, string> = {}): Env {
  return readEnv({
    RATECARD_ALLOW_PRIVATE_HOSTS: "1",
    RATECARD_FETCH_TIMEOUT_MS: "15000",
    CHROMIUM_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    ...overrides,
  });
}
