// Scheduling across processes: two `ratecard worker` processes on one database run each due check
// exactly once, and SIGTERM lets a running check finish.
import { createSource, type Source } from "@ratecard/db";
import { describe, expect, it } from "vitest";
import { useCheckHarness } from "./check-harness";
import { fixturePage } from "./fixture-server";
import { exitOf } from "./child-exit";
import { spawnCli } from "./run-cli";
import { until } from "./wait-until";

// A fresh database and the fixture server for the file (the check harness; its fetcher is not used here).
const harness = useCheckHarness();

describe("workers", () => {
  it("two worker processes on one database run each due check once", async () => {
    const page = await fixturePage("anthropic__2026-02-06__claude-docs-sitemap.md");
    const sources: Source[] = [];
    for (let i = 0; i < 6; i++) {
      harness.server.setRoute(`/w${i}.md`, { body: page.replace("# ", `# v${i} `), headers: { "content-type": "text/markdown" } });
      // A yearly slot: the test cannot straddle two slots, so any second check would be a duplicate.
      sources.push(await createSource(harness.db, { kind: "page", name: `w${i}`, url: `${harness.server.url}/w${i}.md`, schedule: "0 0 1 1 *" }));
    }
    // Schedulers tick every 2 seconds, so the wait below spans ticks that could enqueue the slots again.
    const env = { DATABASE_URL: harness.database.url, RATECARD_WORKER_CONCURRENCY: "2", RATECARD_SCHEDULER_TICK: "*/2 * * * * *" };
    const workers = [spawnCli(["worker"], env), spawnCli(["worker"], env)];
    const logs = ["", ""];
    workers.forEach((w, i) => w.stdout?.on("data", (chunk: Buffer) => (logs[i] += chunk.toString())));
    try {
      const ids = sources.map((s) => s.id);
      // Both workers up (a loaded machine can take a while to start two), then every check done.
      await until(async () => logs.every((log) => log.includes("worker started")), 90_000);
      await until(async () => (await harness.db.check.count({ where: { sourceId: { in: ids } } })) >= ids.length, 60_000);
      // Both schedulers keep ticking; give them three ticks each to (wrongly) enqueue again.
      await new Promise((resolve) => setTimeout(resolve, 6000));
      for (const source of sources) {
        const checks = await harness.db.check.findMany({ where: { sourceId: source.id } });
        expect(checks).toHaveLength(1);
        expect(checks[0]?.outcome).toBe("changed");
        expect(checks[0]?.slotAt?.toISOString()).toMatch(/-01-01T00:00:00\.000Z$/);
        expect(harness.server.hits(new URL(source.url).pathname)).toBe(1);
      }
    } finally {
      workers.forEach((w) => w.kill("SIGTERM"));
    }
    expect(await Promise.all(workers.map(exitOf))).toEqual([0, 0]);
  });

  it("SIGTERM lets a running check finish before the worker exits", async () => {
    harness.server.setRoute("/slow-page", { body: "<h1>Pricing</h1><table><tr><td>Model X</td><td>$1 / MTok</td></tr></table>", delayMs: 3000 });
    const source = await createSource(harness.db, { kind: "page", name: "slow", url: `${harness.server.url}/slow-page`, schedule: "0 0 1 1 *" });
    const worker = spawnCli(["worker"], { DATABASE_URL: harness.database.url });
    try {
      await until(async () => harness.server.hits("/slow-page") > 0, 60_000);
      worker.kill("SIGTERM");
      expect(await exitOf(worker)).toBe(0);
      const checks = await harness.db.check.findMany({ where: { sourceId: source.id } });
      expect(checks.map((c) => c.outcome)).toEqual(["changed"]);
    } finally {
      if (worker.exitCode === null) worker.kill("SIGKILL");
    }
  });

  it("retries a time-out or 5xx and records one check per slot: the outcome of the last attempt", async () => {
    let flakyHits = 0;
    // Answers 503 twice, then the page: the third attempt succeeds.
    harness.server.setRoute("/flaky", () => (++flakyHits <= 2 ? { status: 503, body: "busy" } : { body: "<h1>Pricing</h1><p>Model X: $1 / MTok</p>" }));
    harness.server.setRoute("/down", { status: 503, body: "busy" });
    const flaky = await createSource(harness.db, { kind: "page", name: "flaky", url: `${harness.server.url}/flaky`, schedule: "0 0 1 1 *" });
    const down = await createSource(harness.db, { kind: "page", name: "down", url: `${harness.server.url}/down`, schedule: "0 0 1 1 *" });
    const worker = spawnCli(["worker"], { DATABASE_URL: harness.database.url, RATECARD_RETRY_DELAY_SECONDS: "1" });
    try {
      await until(async () => (await harness.db.check.count({ where: { sourceId: { in: [flaky.id, down.id] } } })) >= 2, 60_000);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const flakyChecks = await harness.db.check.findMany({ where: { sourceId: flaky.id } });
      expect(flakyChecks.map((c) => c.outcome)).toEqual(["changed"]);
      expect(flakyHits).toBe(3);
      const downChecks = await harness.db.check.findMany({ where: { sourceId: down.id } });
      expect(downChecks.map((c) => [c.outcome, c.httpStatus])).toEqual([["failed", 503]]);
      // The default policy: two retries after the first attempt.
      expect(harness.server.hits("/down")).toBe(3);
    } finally {
      worker.kill("SIGTERM");
      await exitOf(worker);
    }
  });
});
