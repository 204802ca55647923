/**
 * How the dashboard slows password guessing without letting anyone lock an account. Two counts, both
 * taken before the password is checked (an attempt counts from the moment it starts, so a burst of
 * parallel attempts sees itself):
 * - per account and client address: 5 unsuccessful attempts are free, then that address is refused for
 *   that account for a time that doubles with every further failure (1 minute, 2, 4 ... at most an hour).
 *   A success from the address starts its count again. This refusal touches only the failing address.
 * - per account from every address: past 10 failures in 15 minutes every attempt waits before its
 *   password is checked, a delay that doubles every 5 more failures (0.25 s ... at most 8 s). It is only
 *   ever a delay, so the right password from an address that has not been failing still signs in.
 */
export interface SignInThrottlePolicy {
  /** How far back an address's failures on an account count (since its last success there). */
  addressWindowMs: number;
  freeAddressFailures: number;
  firstLockMs: number;
  maxLockMs: number;
  /** How far back the account's failures from every address count. */
  accountWindowMs: number;
  freeAccountFailures: number;
  /** The account-wide delay doubles every this many failures past the free ones. */
  accountFailuresPerDoubling: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

export const SIGN_IN_THROTTLE: SignInThrottlePolicy = {
  addressWindowMs: 24 * 60 * 60_000,
  freeAddressFailures: 5,
  firstLockMs: 60_000,
  maxLockMs: 60 * 60_000,
  accountWindowMs: 15 * 60_000,
  freeAccountFailures: 10,
  accountFailuresPerDoubling: 5,
  firstDelayMs: 250,
  maxDelayMs: 8_000,
};

export interface SignInHistory {
  /** Unsuccessful attempts on this account from this address in the address window, since its last success. */
  addressFailures: number;
  /** When the latest of them started. */
  lastAddressFailureAt: Date | null;
  /** Unsuccessful attempts on this account from every address in the account window. */
  accountFailures: number;
}

export type SignInThrottle = { action: "check"; delayMs: number } | { action: "refuse"; retryAfterMs: number };

export function signInThrottle(history: SignInHistory, now: Date, policy: SignInThrottlePolicy = SIGN_IN_THROTTLE): SignInThrottle {
  const overAddress = history.addressFailures - policy.freeAddressFailures;
  if (overAddress >= 0 && history.lastAddressFailureAt) {
    const lockMs = Math.min(policy.maxLockMs, policy.firstLockMs * 2 ** overAddress);
    const retryAfterMs = history.lastAddressFailureAt.getTime() + lockMs - now.getTime();
    if (retryAfterMs > 0) return { action: "refuse", retryAfterMs };
  }
  return { action: "check", delayMs: accountDelayMs(history.accountFailures, policy) };
}

/** The wait every attempt on an account makes after `failures` recent failures on it from anywhere. */
export function accountDelayMs(failures: number, policy: SignInThrottlePolicy = SIGN_IN_THROTTLE): number {
  const over = failures - policy.freeAccountFailures;
  if (over < 0) return 0;
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.floor(over / policy.accountFailuresPerDoubling));
}
