// What can go wrong talking to GitHub, by what to do about it: wait (rate limit), give up on this
// repository (not found), or retry later (5xx, network).

export class GithubApiError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    /** True when the same request may succeed later (5xx, time-out, network). */
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = "GithubApiError";
  }
}

export class GithubNotFoundError extends GithubApiError {
  constructor(readonly repo: string) {
    super(`GitHub repository ${repo} was not found: check the URL (it may have been renamed, deleted or made private)`, 404, false);
    this.name = "GithubNotFoundError";
  }
}

export class GithubRateLimitError extends GithubApiError {
  constructor(
    message: string,
    status: number | null,
    /** From x-ratelimit-reset (the primary limit's reset). */
    readonly resetAt: Date | null,
    /** From retry-after (secondary limits say how long to back off). */
    readonly retryAfterMs: number | null,
  ) {
    super(message, status, false);
    this.name = "GithubRateLimitError";
  }

  /** How long to wait before the next attempt, measured on the caller's clock. */
  waitMs(now: Date): number {
    if (this.retryAfterMs !== null) return Math.max(1000, this.retryAfterMs);
    // One second past the reset: GitHub's reset is in whole seconds.
    if (this.resetAt) return Math.max(1000, this.resetAt.getTime() - now.getTime() + 1000);
    return 60_000;
  }
}
