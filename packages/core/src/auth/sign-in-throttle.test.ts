import { describe, expect, it } from "vitest";
import { accountDelayMs, signInThrottle } from "./sign-in-throttle";

const now = new Date("2026-03-01T10:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const MINUTE = 60_000;

describe("the sign-in throttle", () => {
  it("lets the first five failures of an address on an account through unhindered", () => {
    for (let failures = 0; failures < 5; failures++) {
      expect(signInThrottle({ addressFailures: failures, lastAddressFailureAt: failures ? ago(1000) : null, accountFailures: failures }, now)).toEqual({ action: "check", delayMs: 0 });
    }
  });

  it("then refuses that address for a lock that doubles with every further failure, up to an hour", () => {
    const after = (addressFailures: number, sinceLast: number) => signInThrottle({ addressFailures, lastAddressFailureAt: ago(sinceLast), accountFailures: 0 }, now);
    expect(after(5, 0)).toEqual({ action: "refuse", retryAfterMs: MINUTE });
    expect(after(6, 30_000)).toEqual({ action: "refuse", retryAfterMs: 2 * MINUTE - 30_000 });
    expect(after(8, 0)).toEqual({ action: "refuse", retryAfterMs: 8 * MINUTE });
    expect(after(40, 0)).toEqual({ action: "refuse", retryAfterMs: 60 * MINUTE });
    // Once the lock has run out the address gets one more try (and the next failure doubles the lock).
    expect(after(6, 2 * MINUTE)).toEqual({ action: "check", delayMs: 0 });
  });

  it("never refuses an address without failures of its own, however many the account has from elsewhere: it only waits", () => {
    const clean = (accountFailures: number) => signInThrottle({ addressFailures: 0, lastAddressFailureAt: null, accountFailures }, now);
    expect(clean(9)).toEqual({ action: "check", delayMs: 0 });
    expect(clean(10)).toEqual({ action: "check", delayMs: 250 });
    expect(clean(15)).toEqual({ action: "check", delayMs: 500 });
    expect(clean(10_000)).toEqual({ action: "check", delayMs: 8_000 });
  });

  it("the account-wide delay grows every five failures past ten and stops at 8 seconds", () => {
    expect([0, 9, 10, 14, 15, 20, 25, 30, 35, 1000].map((failures) => accountDelayMs(failures))).toEqual([0, 0, 250, 250, 500, 1000, 2000, 4000, 8000, 8000]);
  });
});
