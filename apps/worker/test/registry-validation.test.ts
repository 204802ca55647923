// A malformed registry never becomes a snapshot: a truncated copy of a real registry, served by a local
// HTTP server through the real check pipeline, is a failed check with the parse error, and the previous
// snapshot stays current; `ratecard extract` of the same file exits 1 naming it.
import { writeFileSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createSource } from "@ratecard/db";
import { describe, expect, it } from "vitest";
import { checkSource } from "../src/jobs/check-source";
import { useCheckHarness } from "./check-harness";
import { fixturePage } from "./fixture-server";
import { runCli } from "./run-cli";

const LITELLM = "../registries/litellm_prices__2024-11-08__via-tokencost.json";
const harness = useCheckHarness();

describe("registry validation", () => {
  it("a truncated registry is a failed check naming the parse error; the previous snapshot stays current", async () => {
    const full = await fixturePage(LITELLM);
    const truncated = full.slice(0, 12_345);
    let body = full;
    harness.server.setRoute("/registry.json", () => ({ body, headers: { "content-type": "application/json" } }));
    const source = await createSource(harness.db, { kind: "registry", name: "LiteLLM", url: `${harness.server.url}/registry.json`, schedule: "0 */6 * * *" });

    const first = await checkSource(harness.deps(), source);
    expect(first.check.outcome).toBe("changed");
    const pricePoints = await harness.db.pricePoint.count({ where: { snapshotId: first.snapshot!.id } });
    expect(pricePoints).toBeGreaterThan(100);

    body = truncated;
    const second = await checkSource(harness.deps(), source);
    expect(second.check.outcome).toBe("failed");
    expect(second.check.error).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/registry\\.json is not valid JSON: .+`));
    expect(second.check.error).not.toContain("\n");
    expect(second.check.httpStatus).toBe(200);
    expect(second.retryable).toBe(false);
    expect(second.snapshot ?? null).toBeNull();

    // Valid JSON of another shape (an error object served with 200) is refused the same way.
    body = JSON.stringify({ error: { message: "rate limited" } });
    const third = await checkSource(harness.deps(), source);
    expect(third.check.outcome).toBe("failed");
    expect(third.check.error).toMatch(/registry\.json is not a registry ratecard reads: expected LiteLLM/);

    expect(await harness.db.snapshot.count({ where: { sourceId: source.id } })).toBe(1);
    const current = await harness.db.snapshot.findFirstOrThrow({ where: { sourceId: source.id }, orderBy: { lastSeenAt: "desc" } });
    expect(current.id).toBe(first.snapshot!.id);
    expect(await harness.db.pricePoint.count({ where: { snapshotId: current.id } })).toBe(pricePoints);

    // The full registry again: unchanged against the snapshot that stayed current.
    body = full;
    expect((await checkSource(harness.deps(), source)).check.outcome).toBe("unchanged");
  });

  it("`ratecard extract` of a truncated registry exits 1 with one line naming the file and the parse error", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "ratecard-registry-"));
    writeFileSync(path.join(dir, "registry.json"), (await fixturePage(LITELLM)).slice(0, 12_345));
    const result = await runCli(["extract", "registry.json"], { INIT_CWD: dir, DATABASE_URL: harness.database.url });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^ratecard: registry\.json is not valid JSON: .+/)]);
  });
});
