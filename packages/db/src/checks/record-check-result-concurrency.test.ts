import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDbClient } from "../create-db-client";
import { createSource } from "../sources/create-source";
import { createTestDatabase, type TestDatabase } from "../testing/create-test-database";
import { recordCheckResult } from "./record-check-result";
import type { AnalysePrices, CheckResult } from "./types";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

const content = (text: string): CheckResult => ({ kind: "content", engine: "http", httpStatus: 200, finalUrl: null, contentType: "text/plain", rawBody: text, normalizedText: text, contentHash: text });

describe("two checks of one source at the same time", () => {
  it("store the new version and its change event once: one check changed, the other unchanged", async () => {
    const { db } = testDb;
    const other = createDbClient(testDb.url, { maxConnections: 2 });
    try {
      const source = await createSource(db, { kind: "page", name: "acme", url: "https://acme.example/pricing", provider: "acme", schedule: "0 * * * *" });
      const at = new Date("2026-03-01T10:00:00Z");
      await recordCheckResult(db, { sourceId: source.id, startedAt: at, finishedAt: at, result: content("v1") });
      const analyse: AnalysePrices = () => ({
        cardStatus: "ok",
        cardWarnings: [],
        pricePoints: [],
        events: [{ kind: "model_added", provider: "acme", model: "Acme-2", summary: "acme added model Acme-2" } as never],
      });
      const later = new Date("2026-03-01T11:00:00Z");
      const check = (client: typeof db) =>
        recordCheckResult(client, { sourceId: source.id, startedAt: later, finishedAt: later, result: content("v2"), analyse });
      // Hold both checks inside their transactions (a third connection blocks inserts into checks) so that,
      // without the per-source lock, both would read v1 as current before either commits.
      const blocker = createDbClient(testDb.url, { maxConnections: 1 });
      let running: Promise<Awaited<ReturnType<typeof check>>[]> = Promise.resolve([]);
      await blocker.$transaction(async (tx) => {
        await tx.$executeRaw`LOCK TABLE checks IN EXCLUSIVE MODE`;
        running = Promise.all([check(db), check(other)]);
        await new Promise((resolve) => setTimeout(resolve, 700));
      });
      await blocker.$disconnect();
      const results = await running;
      expect(results.map((r) => r.check.outcome).sort()).toEqual(["changed", "unchanged"]);
      expect(await db.snapshot.count({ where: { sourceId: source.id } })).toBe(2);
      expect(await db.changeEvent.count({ where: { sourceId: source.id } })).toBe(1);
    } finally {
      await other.$disconnect();
    }
  });
});
