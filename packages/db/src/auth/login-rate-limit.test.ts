import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDbClient } from "../create-db-client";
import { createTestDatabase, type TestDatabase } from "../testing/create-test-database";
import { createLoginRateLimit } from "./create-login-rate-limit";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

const MINUTE = 60_000;

describe("the login rate limit", () => {
  it("lets 5 attempts through in 15 minutes, for every dashboard process together, then blocks until the oldest leaves the window", async () => {
    const other = createDbClient(testDb.url, { maxConnections: 1 });
    try {
      const first = createLoginRateLimit(testDb.db);
      const second = createLoginRateLimit(other); // a second dashboard process on the same database
      const key = "viewer@example.com|203.0.113.7";
      const start = new Date("2026-03-01T10:00:00Z").getTime();
      for (let i = 0; i < 5; i++) expect(await (i % 2 === 0 ? first : second).attempt(key, new Date(start + i * MINUTE))).toBe(0);

      // Five attempts between 10:00 and 10:04: the sixth, at 10:05, waits until the 10:00 one expires at 10:15.
      expect(await second.attempt(key, new Date(start + 5 * MINUTE))).toBe(10 * MINUTE);
      // Another key (another address for the same email) is not affected.
      expect(await first.attempt("viewer@example.com|198.51.100.1", new Date(start + 5 * MINUTE))).toBe(0);

      // Keys are stored as digests, and a success forgets the key's attempts.
      const stored = await testDb.db.loginFailure.findMany({ select: { key: true } });
      expect(stored.every((row) => /^[0-9a-f]{64}$/.test(row.key))).toBe(true);
      await second.reset(key);
      expect(await first.attempt(key, new Date(start + 6 * MINUTE))).toBe(0);
    } finally {
      await other.$disconnect();
    }
  });

  it("a burst of parallel attempts gets no more than the limit through", async () => {
    const limit = createLoginRateLimit(testDb.db);
    const now = new Date("2026-03-03T10:00:00Z");
    const waits = await Promise.all(Array.from({ length: 12 }, () => limit.attempt("burst@example.com|192.0.2.1", now)));
    expect(waits.filter((wait) => wait === 0).length).toBeLessThanOrEqual(5);
    expect(waits.filter((wait) => wait > 0).length).toBeGreaterThanOrEqual(7);
  });

  it("deletes attempts older than the window as new ones arrive", async () => {
    await testDb.db.loginFailure.deleteMany();
    const limit = createLoginRateLimit(testDb.db, { maxFailures: 2, windowMs: 10 * MINUTE });
    const start = new Date("2026-03-02T10:00:00Z").getTime();
    await limit.attempt("a|1", new Date(start));
    await limit.attempt("b|2", new Date(start + 5 * MINUTE));
    await limit.attempt("c|3", new Date(start + 12 * MINUTE));
    expect(await testDb.db.loginFailure.count()).toBe(2);
  });
});
