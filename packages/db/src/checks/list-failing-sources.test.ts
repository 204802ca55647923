import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CheckResult } from "./types";
import { createTestDatabase, type TestDatabase } from "../testing/create-test-database";
import { createSource } from "../sources/create-source";
import { listFailingSources } from "./list-failing-sources";
import { listSourcesWithLastCheck } from "./list-sources-with-last-check";
import { recordCheckResult } from "./record-check-result";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

const HOUR = 3_600_000;
const base = new Date("2026-03-01T00:00:00Z").getTime();
const failed: CheckResult = { kind: "failed", engine: "http", httpStatus: 503, finalUrl: null, error: "HTTP 503" };
const blocked: CheckResult = { kind: "blocked", engine: "browser", httpStatus: 403, finalUrl: null, error: "bot challenge" };
const content = (text: string): CheckResult => ({ kind: "content", engine: "http", httpStatus: 200, finalUrl: null, contentType: "text/plain", rawBody: text, normalizedText: text, contentHash: text });

describe("sources that are failing now", () => {
  it("lists the sources whose latest check failed or was blocked, each since the first failure after its last good check", async () => {
    const { db } = testDb;
    const source = (name: string) => createSource(db, { kind: "page", name, url: `https://${name}.example/pricing`, schedule: "0 * * * *" });
    const record = (sourceId: string, hoursIn: number, result: CheckResult) =>
      recordCheckResult(db, { sourceId, startedAt: new Date(base + hoursIn * HOUR), finishedAt: new Date(base + hoursIn * HOUR + 1000), result });

    const flaky = await source("flaky"); // failed, recovered, then failing again since hour 5
    await record(flaky.id, 1, failed);
    await record(flaky.id, 2, failed);
    await record(flaky.id, 3, content("v1"));
    await record(flaky.id, 5, failed);
    await record(flaky.id, 6, blocked);
    const neverGood = await source("never-good"); // never had a good check: failing since its first
    await record(neverGood.id, 4, blocked);
    await record(neverGood.id, 7, blocked);
    const recovered = await source("recovered"); // failed, then good: not failing
    await record(recovered.id, 1, failed);
    await record(recovered.id, 2, content("v1"));
    await source("unchecked"); // no checks at all: not failing

    const failing = await listFailingSources(db);
    expect(failing.map((f) => ({ name: f.name, outcome: f.outcome, since: f.since.toISOString(), error: f.error }))).toEqual([
      { name: "never-good", outcome: "blocked", since: new Date(base + 4 * HOUR).toISOString(), error: "bot challenge" },
      { name: "flaky", outcome: "blocked", since: new Date(base + 5 * HOUR).toISOString(), error: "bot challenge" },
    ]);

    const lastChecks = new Map((await listSourcesWithLastCheck(db)).map((row) => [row.source.name, row.lastCheck?.outcome ?? null]));
    expect(Object.fromEntries(lastChecks)).toEqual({ flaky: "blocked", "never-good": "blocked", recovered: "changed", unchecked: null });
  });
});
