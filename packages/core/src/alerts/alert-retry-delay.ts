/**
 * Back-off before the next delivery attempt after `attempts` failures: 30 s, 1 min, 2 min … capped at
 * one hour, with up to 10% jitter from `random` (a parameter: core has no randomness of its own).
 */
export function alertRetryDelay(attempts: number, random = 0): number {
  const base = 30_000 * 2 ** Math.max(0, attempts - 1);
  const capped = Math.min(base, 3_600_000);
  return Math.round(capped * (1 + 0.1 * Math.min(Math.max(random, 0), 1)));
}
