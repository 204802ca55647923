// Four `ratecard worker` processes on one database and 500 due sources served by a local HTTP
// server: all four schedulers race for every slot, and each due check runs exactly once.
import { upsertSources } from "@ratecard/db";
import { checkSourceJob, QUEUE_SCHEMA } from "@ratecard/queue";
import { describe, expect, it } from "vitest";
import { useCheckHarness } from "./check-harness";
import { exitOf } from "./child-exit";
import { spawnCli } from "./run-cli";
import { until } from "./wait-until";

// Enough due slots that four schedulers race on hundreds at once; the suite keeps its time for other tiers.
const SOURCES = 500;
const WORKERS = 4;

// A fresh database and the fixture server for the file (the check harness; its fetcher is not used here).
const harness = useCheckHarness();

describe("four workers", () => {
  it(`run each of ${SOURCES.toLocaleString("en-US")} due checks exactly once`, async () => {
    for (let i = 0; i < SOURCES; i++) {
      harness.server.setRoute(`/s${i}.md`, { body: `# Source ${i}\n\n| Model | Input |\n| --- | --- |\n| Model ${i} | $${(i % 50) + 1} / MTok |\n`, headers: { "content-type": "text/markdown" } });
    }
    // Schedulers tick every 5 seconds instead of every minute: more ticks race for the same due slots, sooner.
    const env = { DATABASE_URL: harness.database.url, RATECARD_WORKER_CONCURRENCY: "4", RATECARD_SCHEDULER_TICK: "*/5 * * * * *" };
    const workers = Array.from({ length: WORKERS }, () => spawnCli(["worker"], env));
    const logs = workers.map(() => "");
    workers.forEach((w, i) => {
      w.stdout?.on("data", (chunk: Buffer) => (logs[i] += chunk.toString()));
      w.stderr?.on("data", (chunk: Buffer) => (logs[i] += chunk.toString()));
    });
    try {
      await until(() => logs.every((log) => log.includes("worker started")), 180_000);
      // Added once every worker runs: their next ticks all find the same due slots.
      // A yearly slot, so the test cannot straddle two slots: any second check would be a duplicate.
      await upsertSources(
        harness.db,
        Array.from({ length: SOURCES }, (_, i) => ({ kind: "page" as const, name: `s${i}`, url: `${harness.server.url}/s${i}.md`, schedule: "0 0 1 1 *" })),
      );
      await until(async () => (await harness.db.check.count()) >= SOURCES, 600_000);
      // Every scheduler keeps ticking: give each three more ticks to (wrongly) enqueue again.
      await new Promise((resolve) => setTimeout(resolve, 16_000));

      const perSource = await harness.db.check.groupBy({ by: ["sourceId"], _count: { _all: true } });
      expect(perSource).toHaveLength(SOURCES);
      expect(perSource.filter((row) => row._count._all !== 1)).toEqual([]);
      expect(await harness.db.check.count({ where: { outcome: { not: "changed" } } })).toBe(0);
      const slots = await harness.db.check.groupBy({ by: ["slotAt"], _count: { _all: true } });
      expect(slots.map((s) => s.slotAt?.toISOString())).toEqual([expect.stringMatching(/-01-01T00:00:00\.000Z$/)]);
      // One fetch per source, and at most one more for each attempt that failed and was retried (a loaded
      // machine can take 30 s to answer, or run out of pooled connections; an attempt may fail before it
      // fetches): pg-boss counts every retry on its job, so every extra request is a retried attempt.
      const [counted] = await harness.db.$queryRawUnsafe<{ retries: number }[]>(
        `SELECT coalesce(sum(retry_count), 0)::int AS retries FROM (SELECT retry_count FROM ${QUEUE_SCHEMA}.job WHERE name = $1 UNION ALL SELECT retry_count FROM ${QUEUE_SCHEMA}.archive WHERE name = $1) jobs`,
        checkSourceJob.name,
      );
      const retries = counted?.retries ?? 0;
      let hits = 0;
      for (let i = 0; i < SOURCES; i++) {
        expect(harness.server.hits(`/s${i}.md`)).toBeGreaterThanOrEqual(1);
        hits += harness.server.hits(`/s${i}.md`);
      }
      expect(hits).toBeLessThanOrEqual(SOURCES + retries);
      // The work was shared, not done by whichever worker started first.
      for (const log of logs) expect(log).toMatch(/check-source [0-9a-f]{8}: changed/);
      for (const log of logs) expect(log).not.toMatch(/\n\s+at |unhandled rejection|uncaught exception/);
    } finally {
      workers.forEach((w) => w.kill("SIGTERM"));
    }
    expect(await Promise.all(workers.map(exitOf))).toEqual(Array(WORKERS).fill(0));
  }, 1_000_000);
});
