// The CLI as users run it: bad input exits 1 with one line naming the problem, never a stack trace.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTestDatabase, type TestDatabase } from "@ratecard/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "./fixture-server";
import { runCli } from "./run-cli";

let database: TestDatabase;
let server: FixtureServer;
let env: Record<string, string>;
const dir = mkdtempSync(path.join(os.tmpdir(), "ratecard-cli-"));

beforeAll(async () => {
  [database, server] = await Promise.all([createTestDatabase(), startFixtureServer()]);
  env = { DATABASE_URL: database.url, INIT_CWD: dir };
});
afterAll(async () => {
  await server?.close();
  await database?.drop();
});

async function expectUserError(args: string[], message: RegExp) {
  const result = await runCli(args, env);
  expect(result.code).toBe(1);
  const lines = result.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe("ratecard CLI", () => {
  it("rejects bad input with one line and exit status 1", async () => {
    await Promise.all([
      expectUserError(["sources", "add", "not a url"], /^ratecard: 'not a url' is not a valid URL/),
      expectUserError(["sources", "add", "ftp://example.com/prices"], /only http and https URLs/),
      expectUserError(["sources", "add", "https://example.com/pricing", "--every", "*/61 * * * *"], /cron expression '\*\/61 \* \* \* \*' is invalid: minute must be 0-59/),
      expectUserError(["sources", "remove", "0badc0de-0000-4000-8000-000000000000"], /no source with id '0badc0de-0000-4000-8000-000000000000'/),
      expectUserError(["check", "--source", "nope"], /no source with id 'nope'/),
      expectUserError(["sources", "import", "missing.yaml"], /cannot read missing.yaml: no such file/),
      expectUserError(["extract", "missing.html"], /cannot read missing.html: no such file/),
      expectUserError(["sources", "add", "https://example.com", "--kind", "ftp"], /argument 'ftp' is invalid/),
    ]);
  });

  it("reports the entry and field of a broken watch list and stores none of it", async () => {
    writeFileSync(path.join(dir, "bad.yaml"), "sources:\n  - name: ok\n    url: https://example.com/a\n  - name: bad\n    url: https://example.com/b\n    every: '0 25 * * *'\n");
    await expectUserError(["sources", "import", "bad.yaml"], /bad.yaml: source #2 \(bad\): cron expression '0 25 \* \* \*' is invalid: hour must be 0-23/);
    writeFileSync(path.join(dir, "broken.yaml"), "sources: [\n");
    await expectUserError(["sources", "import", "broken.yaml"], /broken.yaml is not valid YAML/);
    expect(await database.db.source.count()).toBe(0);
  });

  it("adds, imports, lists, checks and removes sources", async () => {
    writeFileSync(
      path.join(dir, "list.yaml"),
      `sources:\n  - name: Claude pricing\n    url: ${server.url}/pages/anthropic__2026-02-06__claude-docs-sitemap.md\n    provider: anthropic\n  - name: Mistral\n    url: ${server.url}/pages/mistral__2024-04-01__wzulfikar-llm-prices-fixture.txt\n`,
    );
    const imported = await runCli(["sources", "import", "list.yaml"], env);
    expect(imported.stdout).toContain("imported 2 sources from list.yaml: 2 added, 0 updated");
    const again = await runCli(["sources", "import", "list.yaml"], env);
    expect(again.stdout).toContain("0 added, 2 updated");

    const added = await runCli(["sources", "add", `${server.url}/pages/openai__2024-04-01__wzulfikar-llm-prices-fixture.txt`, "--provider", "openai"], env);
    expect(added.code).toBe(0);
    const duplicate = await runCli(["sources", "add", `${server.url}/pages/openai__2024-04-01__wzulfikar-llm-prices-fixture.txt`], env);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toMatch(/is already watched as source/);

    const checked = await runCli(["check", "--all", "--json"], env);
    expect(checked.code).toBe(0);
    const results = JSON.parse(checked.stdout) as { outcome: string }[];
    expect(results.map((r) => r.outcome)).toEqual(["changed", "changed", "changed"]);
    const due = await runCli(["check"], env);
    expect(due.stdout).toContain("no checks are due");

    const listed = await runCli(["sources", "list", "--json"], env);
    const sources = JSON.parse(listed.stdout) as { id: string; name: string; snapshotCount: number; lastCheck: { outcome: string } }[];
    expect(sources).toHaveLength(3);
    expect(sources.every((s) => s.snapshotCount === 1 && s.lastCheck.outcome === "changed")).toBe(true);

    const claude = sources.find((s) => s.name === "Claude pricing")!;
    const snapshots = await runCli(["snapshots", "list", claude.id.slice(0, 8), "--json"], env);
    const [snapshot] = JSON.parse(snapshots.stdout) as { id: string }[];
    const shown = await runCli(["snapshots", "show", snapshot!.id], env);
    expect(shown.stdout).toMatch(/\| Claude Opus 4\.6\s+\| \$5 \/ MTok\s+\|/);
    const noPrevious = await runCli(["snapshots", "diff", snapshot!.id], env);
    expect(noPrevious.stderr).toMatch(/is the first of its source/);

    const removed = await runCli(["sources", "remove", claude.id.slice(0, 8)], env);
    expect(removed.stdout).toContain(`removed source ${claude.id}`);
    expect(await database.db.snapshot.count({ where: { sourceId: claude.id } })).toBe(0);
  });

  it("diffs two files and extracts a page's text", async () => {
    const v1 = path.join(dir, "v1.md");
    const v2 = path.join(dir, "v2.md");
    writeFileSync(v1, "# Pricing\n\n| Model | Input |\n| --- | --- |\n| A | $1.00 |\n| B | $2.00 |\n");
    writeFileSync(v2, "# Pricing\n\n| Model | Input |\n| --- | --- |\n| A | $1.00 |\n| B | $2.50 |\n");
    const result = await runCli(["diff", "v1.md", "v2.md", "--json"], env);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as { events: unknown[]; text: { added: number; removed: number } };
    expect(parsed.text).toMatchObject({ added: 1, removed: 1 });
    const readable = await runCli(["diff", "v1.md", "v2.md"], env);
    expect(readable.stdout).toContain("-| B | $2.00 |");
    expect(readable.stdout).toContain("+| B | $2.50 |");
  });

  it("prints every digit of a price the page stated, never a rounded one", async () => {
    writeFileSync(path.join(dir, "mini.md"), "# Pricing (per 1M tokens)\n\n| Model | Input | Cached input |\n| --- | --- | --- |\n| Acme-4o-mini | $0.150 | $0.075 |\n");
    const result = await runCli(["extract", "mini.md"], env);
    expect(result.stdout).toContain("$0.15 / 1M tokens");
    expect(result.stdout).toContain("$0.075 / 1M tokens");
  });
});

describe("ratecard CLI on hostile input", () => {
  it("imports a watch list of 35,000 entries (it used to outlive the import's transaction)", async () => {
    const entries = Array.from({ length: 35_000 }, (_, i) => `  - name: Bulk ${i}\n    url: https://bulk-${i}.example/pricing\n`).join("");
    writeFileSync(path.join(dir, "bulk.yaml"), `sources:\n${entries}`);
    const result = await runCli(["sources", "import", "bulk.yaml"], env);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("imported 35000 sources from bulk.yaml: 35000 added, 0 updated");
    expect(await database.db.source.count({ where: { name: { startsWith: "Bulk " } } })).toBe(35_000);
  }, 180_000);

  it("refuses a URL over the limit, saying its length and the limit, and stores nothing", async () => {
    const long = `https://example.com/${"p".repeat(2_992)}`;
    const before = await database.db.source.count();
    await expectUserError(["sources", "add", long], /^ratecard: URL is 3,012 characters; the limit is 2,048$/);
    writeFileSync(path.join(dir, "long.yaml"), `sources:\n  - name: long\n    url: ${long}\n`);
    await expectUserError(["sources", "import", "long.yaml"], /^ratecard: long\.yaml: source #1 \(long\): URL is 3,012 characters; the limit is 2,048$/);
    expect(await database.db.source.count()).toBe(before);
  });

  it("refuses YAML bombs (billion laughs, deep nesting) with one line, quickly", async () => {
    const levels = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    let laughs = `a: &a [${Array(9).fill('"lol"').join(",")}]\n`;
    for (let i = 1; i < levels.length; i++) laughs += `${levels[i]}: &${levels[i]} [${Array(9).fill(`*${levels[i - 1]}`).join(",")}]\n`;
    writeFileSync(path.join(dir, "laughs.yaml"), `${laughs}sources: *i\n`);
    // One entry referenced a thousand times: each alias expands the whole entry again.
    writeFileSync(path.join(dir, "aliases.yaml"), `x: &x {name: a, url: "https://a.example/"}\nsources: [${Array(1000).fill("*x").join(",")}]\n`);
    writeFileSync(path.join(dir, "deep.yaml"), `sources: ${"[".repeat(50_000)}${"]".repeat(50_000)}\n`);
    const before = await database.db.source.count();
    await Promise.all([
      expectUserError(["sources", "import", "laughs.yaml"], /^ratecard: laughs\.yaml is not valid YAML: Excessive alias count/),
      expectUserError(["sources", "import", "aliases.yaml"], /^ratecard: aliases\.yaml is not valid YAML: Excessive alias count/),
      expectUserError(["sources", "import", "deep.yaml"], /^ratecard: deep\.yaml is not valid YAML: /),
    ]);
    expect(await database.db.source.count()).toBe(before);
  });
});
