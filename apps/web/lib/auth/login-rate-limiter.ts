// Failed sign-ins counted per email + client IP in this process's memory: at most MAX_FAILURES in WINDOW_MS.
// In-process on purpose (no table for it in the schema): it resets on restart and is per server instance,
// which is enough to make online password guessing slow for a single-instance dashboard.
const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60 * 1000;

export interface LoginRateLimiter {
  /** Milliseconds until the key may try again, or 0 when it may try now. */
  retryAfterMs(key: string, now: number): number;
  recordFailure(key: string, now: number): void;
  reset(key: string): void;
}

export function createLoginRateLimiter(maxFailures = MAX_FAILURES, windowMs = WINDOW_MS): LoginRateLimiter {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number) => (failures.get(key) ?? []).filter((at) => now - at < windowMs);
  return {
    retryAfterMs(key, now) {
      const times = recent(key, now);
      if (times.length === 0) failures.delete(key);
      else failures.set(key, times);
      return times.length >= maxFailures ? windowMs - (now - times[0]!) : 0;
    },
    recordFailure(key, now) {
      // Bound memory under a flood of distinct keys by forgetting the oldest key, never all of them.
      if (!failures.has(key) && failures.size >= 10_000) failures.delete(failures.keys().next().value!);
      failures.set(key, [...recent(key, now), now]);
    },
    reset(key) {
      failures.delete(key);
    },
  };
}
