// Calls GitHub and, when its rate limit says so, saves progress, waits (on the injected clock) and
// tries again. A wait longer than maxWaitMs is not slept through: progress is saved and the error
// goes up, and the next collection resumes from the saved state.
import type { GithubClient } from "./create-github-client";
import { GithubRateLimitError } from "./github-errors";
import type { RateLimitResource } from "./types";

export interface RateLimitDeps {
  github: GithubClient;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  /** Longest wait to sleep through (default 5 minutes). */
  maxWaitMs?: number;
}

const ATTEMPTS = 4;

export async function withRateLimit<T>(deps: RateLimitDeps, resource: RateLimitResource, call: () => Promise<T>, beforeWait?: () => Promise<void>): Promise<T> {
  const maxWaitMs = deps.maxWaitMs ?? 5 * 60_000;
  const wait = async (ms: number, cause: GithubRateLimitError | null) => {
    await beforeWait?.();
    if (ms > maxWaitMs) {
      const resetAt = new Date(deps.now().getTime() + ms);
      throw new GithubRateLimitError(
        `GitHub rate limit reached: it resets at ${resetAt.toISOString().slice(11, 16)} UTC, the collection resumes on its next run${deps.github.canUseGraphql ? "" : " (set GITHUB_TOKEN for 5,000 requests an hour instead of 60)"}`,
        cause?.status ?? null,
        cause?.resetAt ?? resetAt,
        cause?.retryAfterMs ?? null,
      );
    }
    await deps.sleep(ms);
    deps.github.clearRateLimit(resource);
  };
  for (let attempt = 1; ; attempt++) {
    // The last response said nothing is left: wait for the reset instead of spending a request on a 403.
    const pending = deps.github.rateLimitWaitMs(resource, deps.now());
    if (pending > 0) await wait(pending, null);
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof GithubRateLimitError) || attempt >= ATTEMPTS) throw error;
      await wait(error.waitMs(deps.now()), error);
    }
  }
}
