// The embedded default: a real PostgreSQL under the data directory, reused on the next start,
// stopped cleanly, and recovered after a crash left a stale postmaster.pid behind.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../src";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "ratecard-embedded-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL", () => {
  it("keeps data across restarts, shares a running server, and survives a stale postmaster.pid", async () => {
    const first = await startEmbeddedPostgres({ dataDir });
    expect(first.owned).toBe(true);
    expect(first.url).toMatch(/^postgresql:\/\/ratecard:.+@127\.0\.0\.1:\d+\/ratecard$/);
    await query(first.url, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");

    // A second process finds the running server instead of starting another on the same files.
    const shared = await startEmbeddedPostgres({ dataDir });
    expect(shared.owned).toBe(false);
    expect(shared.url).toBe(first.url);
    await shared.stop();
    expect(await query(first.url, "SELECT v FROM kept")).toEqual([{ v: "still here" }]);

    await first.stop();
    const pidFile = path.join(dataDir, "pg", "postmaster.pid");
    expect(existsSync(pidFile)).toBe(false);

    // A crash leaves postmaster.pid naming a process that no longer exists.
    writeFileSync(pidFile, "999999\n/x\n1700000000\n5432\n\n127.0.0.1\n  5432001  1\nready\n");
    const again = await startEmbeddedPostgres({ dataDir });
    try {
      expect(again.owned).toBe(true);
      expect(await query(again.url, "SELECT v FROM kept")).toEqual([{ v: "still here" }]);
      expect(readFileSync(pidFile, "utf8").split("\n")[0]).not.toBe("999999");
    } finally {
      await again.stop();
    }
  });
});
