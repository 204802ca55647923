// Browser checks on a real Postgres: refused sub-requests are listed on the check and the page is
// still stored; a refused navigation fails the check without a snapshot; a Chromium that dies mid-check
// fails it as retryable and is relaunched for the next one.
import { execFileSync } from "node:child_process";
import { createSource, type Db, type Source } from "@ratecard/db";
import { createTestDatabase, type TestDatabase } from "@ratecard/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFetcher } from "../src/fetch/create-fetcher";
import type { PageFetcher } from "../src/fetch/fetch-page";
import { checkSource } from "../src/jobs/check-source";
import { startFixtureServer, type FixtureServer } from "./fixture-server";
import { startCountingServer, type CountingServer } from "./guard-servers";
import { testEnv } from "./test-env";

const PRICES = "<h1>Intranet pricing</h1><p>Model A: $3 per 1M input tokens, $15 per 1M output tokens.</p>";

let database: TestDatabase;
let db: Db;
let a: FixtureServer;
let b: CountingServer;
let fetcher: PageFetcher;

beforeAll(async () => {
  [database, a, b] = await Promise.all([createTestDatabase(), startFixtureServer(), startCountingServer()]);
  db = database.db;
  fetcher = createFetcher(testEnv({ RATECARD_ALLOW_PRIVATE_HOSTS: "0", RATECARD_ALLOWED_PRIVATE_ORIGINS: a.url }));
  a.setRoute("/pricing", { body: `<html><body>${PRICES}</body></html>` });
  a.setRoute("/fetches-private", { body: `<html><body>${PRICES}<script>fetch(${JSON.stringify(`${b.url}/secret`)}).catch(() => {});</script></body></html>` });
  a.setRoute("/to-private", { status: 302, headers: { location: `${b.url}/secret` }, body: "" });
  a.setRoute("/slow", { body: `<html><body>${PRICES}</body></html>`, delayMs: 5000 });
});

afterAll(async () => {
  await fetcher?.stop();
  await Promise.all([a?.close(), b?.close()]);
  await database?.drop();
});

const deps = () => ({ db, fetcher, now: () => new Date() });
let added = 0;
const addPage = (path: string): Promise<Source> =>
  createSource(db, { kind: "page", name: path, url: `${a.url}${path}?source=${++added}`, schedule: "0 */6 * * *", provider: "intranet", fetchMode: "browser" });

describe("browser checks under the URL guard", () => {
  it("stores the page and lists its refused requests on the check", async () => {
    const checked = await checkSource(deps(), await addPage("/fetches-private"));
    expect(checked.check.outcome).toBe("changed");
    expect(checked.snapshot?.normalizedText).toContain("Intranet pricing");
    expect(checked.check.refusedRequests).toEqual([{ url: `${b.url}/secret`, reason: expect.stringMatching(/refused to fetch 127\.0\.0\.1/) }]);
    expect(b.connections()).toBe(0);

    const clean = await checkSource(deps(), await addPage("/pricing"));
    expect(clean.check.refusedRequests).toBeNull();
  });

  it("fails a check whose page navigates to a refused address, with no snapshot", async () => {
    const source = await addPage("/to-private");
    const checked = await checkSource(deps(), source);
    expect(checked.check.outcome).toBe("failed");
    expect(checked.retryable).toBe(false);
    expect(checked.check.error).toMatch(/navigated to http:\/\/127\.0\.0\.1:\d+\/secret, which is refused/);
    expect(checked.snapshot).toBeNull();
    expect(await db.snapshot.count({ where: { sourceId: source.id } })).toBe(0);
    expect(b.connections()).toBe(0);
  });
});

describe("a Chromium that dies mid-check", () => {
  it("fails the check as a retryable browser failure, and the next check relaunches it and succeeds", async () => {
    await checkSource(deps(), await addPage("/pricing")); // Chromium is running
    const before = a.hits("/slow");
    const pending = fetcher.fetch({ url: `${a.url}/slow`, kind: "page", fetchMode: "browser" }).catch((error: unknown) => error);
    while (a.hits("/slow") === before) await new Promise((resolve) => setTimeout(resolve, 50));
    const killed = killChromium();
    expect(killed.length).toBeGreaterThan(0);
    expect(await pending).toMatchObject({ kind: "browser", retryable: true, message: expect.stringMatching(/Chromium stopped during the check/) });

    const source = await addPage("/slow");
    const recovered = await checkSource(deps(), source);
    expect(recovered.check.outcome).toBe("changed");
    expect(recovered.snapshot?.normalizedText).toContain("Intranet pricing");
    // The relaunched browser is a new process.
    expect(chromiumPids().some((pid) => killed.includes(pid))).toBe(false);
  }, 60_000);

  it("records a crash during a check as failed and retryable", async () => {
    const source = await addPage("/slow");
    const before = a.hits("/slow");
    const pending = checkSource(deps(), source);
    while (a.hits("/slow") === before) await new Promise((resolve) => setTimeout(resolve, 50));
    killChromium();
    const checked = await pending;
    expect(checked.check.outcome).toBe("failed");
    expect(checked.retryable).toBe(true);
    expect(checked.check.error).toMatch(/Chromium stopped during the check/);
  }, 60_000);
});

/** Chromium processes this test process started (playwright-core spawns the browser as a direct child). */
function chromiumPids(): number[] {
  let out = "";
  try {
    out = execFileSync("ps", ["-o", "pid=,comm=", "--ppid", String(process.pid)], { encoding: "utf8" });
  } catch {
    // ps exits 1 when there is no such process
  }
  return out
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter(([, comm]) => comm !== undefined && /chrom/i.test(comm))
    .map(([pid]) => Number(pid));
}

function killChromium(): number[] {
  const pids = chromiumPids();
  for (const pid of pids) process.kill(pid, "SIGKILL");
  return pids;
}
