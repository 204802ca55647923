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
  it("blocks a key after 5 failures in 15 minutes, for every dashboard process, until the oldest leaves the window", async () => {
    const other = createDbClient(testDb.url, { maxConnections: 1 });
    try {
      const first = createLoginRateLimit(testDb.db);
      const second = createLoginRateLimit(other); // a second dashboard process on the same database
      const key = "viewer@example.com|203.0.113.7";
      const start = new Date("2026-03-01T10:00:00Z").getTime();
      for (let i = 0; i < 4; i++) await (i % 2 === 0 ? first : second).recordFailure(key, new Date(start + i * MINUTE));
      expect(await second.retryAfterMs(key, new Date(start + 4 * MINUTE))).toBe(0);
      await first.recordFailure(key, new Date(start + 4 * MINUTE));

      // Five failures between 10:00 and 10:04: blocked in both processes until 10:15, when the 10:00 one expires.
      expect(await second.retryAfterMs(key, new Date(start + 5 * MINUTE))).toBe(10 * MINUTE);
      expect(await first.retryAfterMs(key, new Date(start + 14 * MINUTE))).toBe(MINUTE);
      expect(await first.retryAfterMs(key, new Date(start + 15 * MINUTE))).toBe(0);
      // Another key (another address for the same email) is not affected.
      expect(await first.retryAfterMs("viewer@example.com|198.51.100.1", new Date(start + 5 * MINUTE))).toBe(0);

      // Keys are stored as digests, and a success forgets the key's failures.
      const stored = await testDb.db.loginFailure.findMany({ select: { key: true } });
      expect(stored.every((row) => /^[0-9a-f]{64}$/.test(row.key))).toBe(true);
      await second.reset(key);
      expect(await testDb.db.loginFailure.count()).toBe(0);
    } finally {
      await other.$disconnect();
    }
  });

  it("deletes failures older than the window as new ones arrive", async () => {
    const limit = createLoginRateLimit(testDb.db, { maxFailures: 2, windowMs: 10 * MINUTE });
    const start = new Date("2026-03-02T10:00:00Z").getTime();
    await limit.recordFailure("a|1", new Date(start));
    await limit.recordFailure("b|2", new Date(start + 5 * MINUTE));
    await limit.recordFailure("c|3", new Date(start + 12 * MINUTE));
    expect(await testDb.db.loginFailure.count()).toBe(2);
  });
});
