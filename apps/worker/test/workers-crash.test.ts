// A worker killed (SIGKILL) in the middle of a check: its job is taken for dead once the check's time
// limit has passed (set from the fetch time-out, not 15 minutes) and another worker runs it; the slot
// gets exactly one check.
import { createSource } from "@ratecard/db";
import { describe, expect, it } from "vitest";
import { useCheckHarness } from "./check-harness";
import { checkExpireSeconds } from "../src/main";
import { exitOf } from "./child-exit";
import { spawnCli } from "./run-cli";
import { until } from "./wait-until";

// A fresh database and the fixture server for the file (the check harness; its fetcher is not used here).
const harness = useCheckHarness();

describe("a worker killed mid-check", () => {
  it("leaves its check to another worker once the check's time limit has passed; one check for the slot", async () => {
    const env = { DATABASE_URL: harness.database.url, RATECARD_FETCH_TIMEOUT_MS: "2000", RATECARD_WORKER_CONCURRENCY: "1", RATECARD_RETRY_DELAY_SECONDS: "1" };
    expect(checkExpireSeconds(2000)).toBe(38);
    const first = spawnCli(["worker"], env);
    let hits = 0;
    harness.server.setRoute("/crash.html", () => {
      // The first request arrives while the first worker is inside the check: kill it there.
      if (++hits === 1) first.kill("SIGKILL");
      return { body: "<h1>Pricing</h1><table><tr><td>Model X</td><td>$1 / MTok</td></tr></table>" };
    });
    const source = await createSource(harness.db, { kind: "page", name: "crash", url: `${harness.server.url}/crash.html`, schedule: "0 0 1 1 *" });
    let second: ReturnType<typeof spawnCli> | null = null;
    let secondLog = "";
    try {
      await until(() => hits === 1, 90_000);
      await exitOf(first);
      expect(first.signalCode).toBe("SIGKILL");
      expect(await harness.db.check.count({ where: { sourceId: source.id } })).toBe(0);

      second = spawnCli(["worker"], env);
      second.stdout?.on("data", (chunk: Buffer) => (secondLog += chunk.toString()));
      second.stderr?.on("data", (chunk: Buffer) => (secondLog += chunk.toString()));
      // The job's time limit (38 s) plus one maintenance pass (15 s), and the second worker's start.
      await until(async () => (await harness.db.check.count({ where: { sourceId: source.id } })) >= 1, 150_000).catch(async (error: unknown) => {
        const jobs = await harness.db.$queryRawUnsafe("SELECT name, state, retry_count, expire_in::text, started_on, start_after, output FROM pgboss.job");
        throw new Error(`${(error as Error).message}; jobs: ${JSON.stringify(jobs)}; second worker: ${secondLog}`);
      });
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const checks = await harness.db.check.findMany({ where: { sourceId: source.id } });
      expect(checks.map((c) => c.outcome)).toEqual(["changed"]);
      expect(checks[0]?.slotAt?.toISOString()).toMatch(/-01-01T00:00:00\.000Z$/);
      expect(hits).toBe(2);
    } finally {
      if (first.exitCode === null && first.signalCode === null) first.kill("SIGKILL");
      second?.kill("SIGTERM");
      if (second) await exitOf(second);
    }
  }, 300_000);
});
