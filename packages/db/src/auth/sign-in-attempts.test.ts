import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDbClient } from "../create-db-client";
import { createTestDatabase, type TestDatabase } from "../testing/create-test-database";
import { beginSignInAttempt, SIGN_IN_ATTEMPT_RETENTION_MS } from "./begin-sign-in-attempt";
import { createUser } from "./create-user";
import { finishSignInAttempt } from "./finish-sign-in-attempt";
import { listSignInFailures } from "./list-sign-in-failures";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());
beforeEach(async () => {
  await testDb.db.signInAttempt.deleteMany();
});

const MINUTE = 60_000;
const ADMIN = "admin@example.com";
const ATTACKER = "203.0.113.66";
const ADMIN_HOME = "198.51.100.10";
const at = (minutes: number) => new Date(Date.parse("2026-03-01T10:00:00Z") + minutes * MINUTE);

/** One attempt the way the sign-in action makes it: begin, and when let through, the password's verdict. */
async function attempt(address: string, minutes: number, passwordRight = false, db = testDb.db) {
  const started = await beginSignInAttempt(db, { email: ADMIN, address, now: at(minutes) });
  if (started.throttle.action === "check") await finishSignInAttempt(db, started.id, passwordRight ? "succeeded" : "failed");
  return started.throttle;
}

describe("sign-in attempts on a real PostgreSQL", () => {
  it("an attacker failing on the admin's account is locked out for growing times, while the admin signs in from another address", async () => {
    const otherProcess = createDbClient(testDb.url, { maxConnections: 1 }); // a second dashboard process
    try {
      for (let i = 0; i < 5; i++) expect(await attempt(ATTACKER, i * 0.1, false, i % 2 ? otherProcess : testDb.db)).toEqual({ action: "check", delayMs: 0 });
      // The sixth try from the attacker's address is refused for a minute after its last failure ...
      expect(await attempt(ATTACKER, 0.5)).toEqual({ action: "refuse", retryAfterMs: 0.9 * MINUTE });
      // ... and trying again while refused does not count (the lock still ends at the same time).
      expect(await attempt(ATTACKER, 1, false, otherProcess)).toEqual({ action: "refuse", retryAfterMs: 0.4 * MINUTE });
      // The admin, from home, is not refused: the right password signs in.
      expect(await attempt(ADMIN_HOME, 1, true)).toEqual({ action: "check", delayMs: 0 });
      // After the lock the attacker gets one more guess; its failure doubles the lock to 2 minutes.
      expect(await attempt(ATTACKER, 1.5)).toEqual({ action: "check", delayMs: 0 });
      expect(await attempt(ATTACKER, 2)).toEqual({ action: "refuse", retryAfterMs: 1.5 * MINUTE });
      expect(await attempt(ATTACKER, 3.5)).toEqual({ action: "check", delayMs: 0 });
      expect(await attempt(ATTACKER, 3.6)).toEqual({ action: "refuse", retryAfterMs: 4 * MINUTE - 0.1 * MINUTE });
    } finally {
      await otherProcess.$disconnect();
    }
  });

  it("failures from many addresses slow every attempt on the account but never refuse an address that has not failed", async () => {
    // 20 addresses guess once each: 20 failures on the account in a minute.
    for (let i = 0; i < 20; i++) await attempt(`192.0.2.${i + 1}`, i * 0.05);
    const admin = await beginSignInAttempt(testDb.db, { email: ADMIN, address: ADMIN_HOME, now: at(1) });
    expect(admin.history).toMatchObject({ addressFailures: 0, accountFailures: 20 });
    expect(admin.throttle).toEqual({ action: "check", delayMs: 1000 });
    // Another account is not slowed by them.
    const other = await beginSignInAttempt(testDb.db, { email: "viewer@example.com", address: ATTACKER, now: at(1) });
    expect(other.throttle).toEqual({ action: "check", delayMs: 0 });
    // 15 minutes later the account's failures have aged out of the account-wide count.
    const later = await beginSignInAttempt(testDb.db, { email: ADMIN, address: ADMIN_HOME, now: at(17) });
    expect(later.throttle).toEqual({ action: "check", delayMs: 0 });
  });

  it("a success from an address starts its count again", async () => {
    for (let i = 0; i < 4; i++) await attempt(ADMIN_HOME, i);
    expect(await attempt(ADMIN_HOME, 4, true)).toEqual({ action: "check", delayMs: 0 });
    for (let i = 0; i < 5; i++) expect(await attempt(ADMIN_HOME, 5 + i)).toEqual({ action: "check", delayMs: 0 });
    expect((await attempt(ADMIN_HOME, 9.5)).action).toBe("refuse");
  });

  it("a burst of parallel attempts from one address gets no more than the five free ones to the password check", async () => {
    const otherProcess = createDbClient(testDb.url, { maxConnections: 4 });
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => beginSignInAttempt(i % 2 ? otherProcess : testDb.db, { email: ADMIN, address: ATTACKER, now: at(0) })),
    ).finally(() => otherProcess.$disconnect());
    expect(results.filter((result) => result.throttle.action === "check").length).toBeLessThanOrEqual(5);
    // The refused ones left no rows.
    expect(await testDb.db.signInAttempt.count()).toBe(results.filter((result) => result.throttle.action === "check").length);
  });

  it("deletes attempts older than a week as new ones arrive", async () => {
    await attempt(ATTACKER, 0);
    await attempt(ATTACKER, SIGN_IN_ATTEMPT_RETENTION_MS / MINUTE + 1);
    expect(await testDb.db.signInAttempt.count()).toBe(1);
  });

  it("lists recent failures for the admins, newest first, and per account and per address", async () => {
    await createUser(testDb.db, { email: ADMIN, password: "admin-password-1", role: "admin" });
    for (let i = 0; i < 3; i++) await attempt(ATTACKER, i);
    await attempt("192.0.2.7", 3);
    await attempt(ADMIN_HOME, 4, true);
    const guess = await beginSignInAttempt(testDb.db, { email: "nobody@example.com", address: ATTACKER, now: at(5) });
    await finishSignInAttempt(testDb.db, guess.id, "failed");

    const report = await listSignInFailures(testDb.db, { since: at(-60), recentSince: at(2.5) });
    expect(report.recent.map((row) => [row.email, row.address, row.at.toISOString(), row.isAccount])).toEqual([
      ["nobody@example.com", ATTACKER, at(5).toISOString(), false],
      [ADMIN, "192.0.2.7", at(3).toISOString(), true],
      [ADMIN, ATTACKER, at(2).toISOString(), true],
      [ADMIN, ATTACKER, at(1).toISOString(), true],
      [ADMIN, ATTACKER, at(0).toISOString(), true],
    ]);
    expect(report.byAccount).toEqual([
      { key: ADMIN, failures: 4, spread: 2, firstAt: at(0), lastAt: at(3), isAccount: true, recentFailures: 1 },
      { key: "nobody@example.com", failures: 1, spread: 1, firstAt: at(5), lastAt: at(5), isAccount: false, recentFailures: 1 },
    ]);
    expect(report.byAddress).toEqual([
      { key: ATTACKER, failures: 4, spread: 2, firstAt: at(0), lastAt: at(5) },
      { key: "192.0.2.7", failures: 1, spread: 1, firstAt: at(3), lastAt: at(3) },
    ]);
    // The window is respected.
    expect((await listSignInFailures(testDb.db, { since: at(2.5) })).recent).toHaveLength(2);
  });
});
