import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnalysePrices, CheckResult, PriceAnalysis } from "../checks/types";
import { recordCheckResult } from "../checks/record-check-result";
import { createSource } from "../sources/create-source";
import { createTestDatabase, type TestDatabase } from "../testing/create-test-database";
import { listCurrentPricePoints } from "./list-current-price-points";
import { createSnapshotPricesCache } from "./snapshot-prices-cache";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

const content = (text: string): CheckResult => ({ kind: "content", engine: "http", httpStatus: 200, finalUrl: null, contentType: "text/plain", rawBody: text, normalizedText: text, contentHash: text });
const price = (model: string, usd: number): PriceAnalysis["pricePoints"][number] => ({
  provider: "acme", model, dimension: "input", tier: "standard", contextAbove: null, amount: usd, unit: "1M tokens", currency: "USD", usdPer1M: usd, evidence: `${model} $${usd}`,
});
const analyse = (points: PriceAnalysis["pricePoints"]): AnalysePrices => () => ({ cardStatus: "ok", cardWarnings: [], pricePoints: points, events: [] });
const summary = (rows: Awaited<ReturnType<typeof listCurrentPricePoints>>) =>
  rows.map((row) => ({ source: row.source.name, prices: row.prices.map((p) => `${p.model} ${p.usdPer1M?.toString()}`) }));

describe("current prices with a snapshot cache", () => {
  it("reads an analysed snapshot's points once, follows a new snapshot, and never caches an unanalysed one", async () => {
    const { db } = testDb;
    const at = (hour: number) => ({ startedAt: new Date(Date.UTC(2026, 0, 1, hour)), finishedAt: new Date(Date.UTC(2026, 0, 1, hour, 0, 1)) });
    const page = await createSource(db, { kind: "page", name: "acme pricing", url: "https://acme.example/pricing", provider: "acme", schedule: "0 * * * *" });
    const raw = await createSource(db, { kind: "page", name: "raw page", url: "https://raw.example/pricing", provider: "acme", schedule: "0 * * * *" });
    await recordCheckResult(db, { sourceId: page.id, ...at(1), result: content("v1"), analyse: analyse([price("Acme-1", 3)]) });
    const rawV1 = await recordCheckResult(db, { sourceId: raw.id, ...at(1), result: content("raw v1") });

    const cache = createSnapshotPricesCache();
    const uncached = await listCurrentPricePoints(db, { kinds: ["page"] });
    expect(summary(await listCurrentPricePoints(db, { kinds: ["page"] }, { cache }))).toEqual(summary(uncached));
    expect(summary(uncached)).toEqual([{ source: "acme pricing", prices: ["Acme-1 3"] }, { source: "raw page", prices: [] }]);

    // The analysed snapshot is served from the cache: its rows could vanish and the answer would not change.
    await db.$executeRaw`DELETE FROM price_points`;
    expect(summary(await listCurrentPricePoints(db, { kinds: ["page"] }, { cache }))[0]).toEqual({ source: "acme pricing", prices: ["Acme-1 3"] });

    // A new version is a new snapshot: its points are read. An unanalysed snapshot is read every time
    // (it may gain its points later), so points added to it show at once.
    await recordCheckResult(db, { sourceId: page.id, ...at(2), result: content("v2"), analyse: analyse([price("Acme-1", 2), price("Acme-2", 5)]) });
    await db.pricePoint.create({ data: { ...price("Raw-1", 7), snapshotId: rawV1.snapshot!.id } });
    expect(summary(await listCurrentPricePoints(db, { kinds: ["page"] }, { cache }))).toEqual([
      { source: "acme pricing", prices: ["Acme-1 2", "Acme-2 5"] },
      { source: "raw page", prices: ["Raw-1 7"] },
    ]);
  });

  it("keeps one entry per source: a source's new snapshot replaces its old entry", () => {
    const cache = createSnapshotPricesCache();
    cache.set("source-a", "v1", []);
    cache.set("source-a", "v2", []);
    cache.set("source-b", "v1", []);
    expect([cache.get("source-a", "v1"), cache.get("source-a", "v2"), cache.get("source-b", "v1")].map((entry) => entry !== undefined)).toEqual([false, true, true]);
  });
});
