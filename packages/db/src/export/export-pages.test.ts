import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSource } from "../sources/create-source";
import { createTestDatabase, type TestDatabase } from "../testing/create-test-database";
import { listChangeEventsAfter } from "./list-change-events-after";
import { listCurrentPricesPage } from "./list-current-prices-page";
import { listPriceHistoryPage } from "./list-price-history-page";

let testDb: TestDatabase;
let sourceId: string;
const T = (hour: number) => new Date(Date.UTC(2026, 2, 1, hour));

beforeAll(async () => {
  testDb = await createTestDatabase();
  const { db } = testDb;
  sourceId = (await createSource(db, { kind: "page", name: "Example pricing", url: "https://example.com/pricing", provider: "example", schedule: "0 * * * *" })).id;
  const snapshot = (hash: string, first: number, last: number) =>
    db.snapshot.create({ data: { sourceId, contentHash: hash, rawBody: hash, normalizedText: hash, firstSeenAt: T(first), lastSeenAt: T(last) } });
  const older = await snapshot("old", 0, 5);
  const newer = await snapshot("new", 6, 9);
  const point = (snapshotId: string, model: string, dimension: string, usd: number) => ({
    snapshotId, provider: "example", model, dimension, amount: usd, unit: "1M tokens", usdPer1M: usd, evidence: `${model} ${dimension} $${usd}`,
  });
  await db.pricePoint.createMany({
    data: [
      point(older.id, "Model 100%", "input", 2),
      point(newer.id, "Model 100%", "input", 1),
      point(newer.id, "Model 100%", "output", 4),
      point(newer.id, "Model_1", "input", 3),
      point(newer.id, "Model X", "input", 5),
    ],
  });
  // Five events, three of them detected at the same instant: paging must neither skip nor repeat them.
  const event = (hour: number, kind: string, pct: number | null) => ({
    sourceId, toSnapshotId: newer.id, kind, provider: "example", model: "Model 100%", pctChange: pct, detectedAt: T(hour), summary: `${kind} at ${hour}`,
  });
  await db.changeEvent.createMany({
    data: [event(6, "price_decrease", -50), event(6, "price_increase", 10), event(6, "model_added", null), event(3, "price_decrease", -5), event(8, "tier_added", null)],
  });
});
afterAll(() => testDb.drop());

describe("API list pages", () => {
  it("pages events newest first through identical timestamps without gaps or repeats", async () => {
    const { db } = testDb;
    const seen: string[] = [];
    let after: string[] | undefined;
    for (;;) {
      const page = await listChangeEventsAfter(db, { limit: 2, ...(after ? { after } : {}) });
      seen.push(...page.rows.map((row) => `${row.detectedAt.getUTCHours()} ${row.kind}`));
      const last = page.rows.at(-1);
      if (!page.hasMore || !last) break;
      after = [last.detectedAt.toISOString(), last.id];
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect(seen[0]).toBe("8 tier_added");
    expect(seen.at(-1)).toBe("3 price_decrease");
  });

  it("filters events by date range and absolute percent", async () => {
    const { db } = testDb;
    const ranged = await listChangeEventsAfter(db, { limit: 10, filter: { since: T(6), until: T(8) } });
    expect(ranged.rows.map((row) => row.kind).sort()).toEqual(["model_added", "price_decrease", "price_increase"]);
    const big = await listChangeEventsAfter(db, { limit: 10, filter: { minAbsPct: 10 } });
    expect(big.rows.map((row) => Number(row.pctChange)).sort()).toEqual([-50, 10]);
  });

  it("lists only each source's current snapshot's prices, filters models literally, and pages by key", async () => {
    const { db } = testDb;
    const all = await listCurrentPricesPage(db, { limit: 10 });
    // The order of "Model X" and "Model_1" is the database collation's; the set is not.
    expect(all.rows.map((row) => `${row.model}/${row.dimension}/${row.usdPer1M}`).sort()).toEqual([
      "Model 100%/input/1.0000000000",
      "Model 100%/output/4.0000000000",
      "Model X/input/5.0000000000",
      "Model_1/input/3.0000000000",
    ]);
    expect(all.rows[0]).toMatchObject({ provider: "example", model: "Model 100%", dimension: "input", sourceId, sourceKind: "page", lastSeenAt: T(9) });

    // % and _ are literal in the model filter, not wildcards.
    expect((await listCurrentPricesPage(db, { limit: 10, filter: { model: "l_" } })).rows.map((row) => row.model)).toEqual(["Model_1"]);
    expect((await listCurrentPricesPage(db, { limit: 10, filter: { model: "100%" } })).rows).toHaveLength(2);
    expect((await listCurrentPricesPage(db, { limit: 10, filter: { provider: "EXAMPLE", sourceKind: "registry" } })).rows).toEqual([]);

    const first = await listCurrentPricesPage(db, { limit: 3 });
    expect(first.hasMore).toBe(true);
    const last = first.rows.at(-1)!;
    const second = await listCurrentPricesPage(db, { limit: 3, after: [last.provider, last.model, last.dimension, last.tier, last.id] });
    expect(second.rows.map((row) => row.id)).toEqual([all.rows[3]!.id]);
    expect(second.hasMore).toBe(false);
  });

  it("lists a model's history across snapshots, oldest first", async () => {
    const { db } = testDb;
    const page = await listPriceHistoryPage(db, { provider: "Example", model: "Model 100%", limit: 10 });
    expect(page.rows.map((row) => `${row.snapshot.firstSeenAt.getUTCHours()} ${row.dimension} ${Number(row.usdPer1M)}`)).toEqual(
      expect.arrayContaining(["0 input 2", "6 input 1", "6 output 4"]),
    );
    expect(page.rows[0]!.snapshot.firstSeenAt).toEqual(T(0));
    const first = await listPriceHistoryPage(db, { provider: "example", model: "Model 100%", limit: 1 });
    const row = first.rows[0]!;
    const rest = await listPriceHistoryPage(db, { provider: "example", model: "Model 100%", limit: 10, after: [row.snapshot.firstSeenAt.toISOString(), row.id] });
    expect(rest.rows).toHaveLength(2);
    expect(rest.rows.map((r) => r.id)).not.toContain(row.id);
  });
});
