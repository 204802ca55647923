// Wires the two engines and the URL guard from configuration.
import type { Env } from "../env";
import { createBrowserFetcher } from "./browser-fetch";
import { createPageFetcher, type PageFetcher } from "./fetch-page";
import { createHttpFetcher } from "./http-fetch";
import { createUrlGuard, type ResolveHost } from "./url-guard";

/** Test hooks: the guard's resolver (DNS rebinding) and extra Chromium flags. */
export interface FetcherOverrides {
  resolveHost?: ResolveHost;
  chromiumArgs?: string[];
}

export function createFetcher(env: Env, overrides: FetcherOverrides = {}): PageFetcher {
  const guard = createUrlGuard({
    allowPrivateHosts: env.RATECARD_ALLOW_PRIVATE_HOSTS,
    allowedPrivateOrigins: env.RATECARD_ALLOWED_PRIVATE_ORIGINS,
    ...(overrides.resolveHost ? { resolveHost: overrides.resolveHost } : {}),
  });
  const limits = { timeoutMs: env.RATECARD_FETCH_TIMEOUT_MS, maxBodyBytes: env.RATECARD_MAX_BODY_BYTES };
  return createPageFetcher({
    http: createHttpFetcher({ guard, ...limits }),
    browser: createBrowserFetcher({ guard, chromiumPath: env.CHROMIUM_PATH, concurrency: env.RATECARD_BROWSER_CONCURRENCY, extraArgs: overrides.chromiumArgs ?? [], ...limits }),
  });
}
