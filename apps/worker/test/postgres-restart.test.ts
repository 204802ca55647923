// A worker survives a PostgreSQL restart: a real embedded PostgreSQL of its own and a real `ratecard
// worker` process; PostgreSQL is stopped while a slow page holds a check, then started again on the same
// port. The worker stays up, logs the outage once, and the check is retried and recorded after the
// restart (not 15 minutes later, when the job would have expired).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDbClient, createSource, findFreePort, migrateDatabase, startEmbeddedPostgres, type Db, type EmbeddedPostgresHandle } from "@ratecard/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "./fixture-server";
import { spawnCli } from "./run-cli";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "ratecard-restart-"));
let port: number;
let postgres: EmbeddedPostgresHandle | null = null;
let server: FixtureServer;
let db: Db;

beforeAll(async () => {
  port = await findFreePort();
  [postgres, server] = await Promise.all([startEmbeddedPostgres({ dataDir, port }), startFixtureServer()]);
  await migrateDatabase(postgres.url, { quiet: true });
  db = createDbClient(postgres.url, { maxConnections: 2 });
});
afterAll(async () => {
  await db?.$disconnect();
  await postgres?.stop();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function until(condition: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await condition()) return;
    } catch {
      // The database may be on its way back up.
    }
    if (Date.now() > end) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe("a worker across a PostgreSQL restart", () => {
  it("stays up, logs the outage once, and records the check that was in flight after the restart", async () => {
    let hits = 0;
    let releaseFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    server.setRoute("/slow.html", () => {
      hits++;
      return { body: "<h1>Pricing</h1><table><tr><td>Model X</td><td>$1 / MTok</td></tr></table>", delayMs: hits === 1 ? 6000 : 0 };
    });
    const source = await createSource(db, { kind: "page", name: "slow", url: `${server.url}/slow.html`, schedule: "0 0 1 1 *" });
    const worker = spawnCli(["worker"], { DATABASE_URL: postgres!.url, RATECARD_RETRY_DELAY_SECONDS: "1" });
    let log = "";
    worker.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
    worker.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
    try {
      await until(() => hits > 0, 90_000);
      // The check is held by the slow page: stop PostgreSQL under it.
      await db.$disconnect();
      await postgres!.stop();
      postgres = null;
      setTimeout(releaseFirst, 6000);
      await firstHeld;
      // The held page has answered and the check could not be recorded; a few failed polls later, start again.
      await new Promise((resolve) => setTimeout(resolve, 4000));
      expect(worker.exitCode).toBeNull();
      postgres = await startEmbeddedPostgres({ dataDir, port });
      db = createDbClient(postgres.url, { maxConnections: 2 });

      await until(async () => (await db.check.count({ where: { sourceId: source.id } })) >= 1, 60_000);
      const checks = await db.check.findMany({ where: { sourceId: source.id } });
      expect(checks.map((c) => c.outcome)).toEqual(["changed"]);
      expect(hits).toBe(2);
      expect(worker.exitCode).toBeNull();
      expect(log.match(/database unreachable/g)).toHaveLength(1);
      expect(log).toMatch(/database reachable again after \d+ s: resuming/);
      expect(log).not.toMatch(/\n\s+at /);
      expect(log).not.toMatch(/unhandled rejection|uncaught exception/);
    } finally {
      worker.kill("SIGTERM");
      await new Promise((resolve) => (worker.exitCode !== null ? resolve(null) : worker.on("exit", resolve)));
    }
    expect(worker.exitCode).toBe(0);
  }, 240_000);
});
