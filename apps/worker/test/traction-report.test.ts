// `ratecard report traction` on seeded samples: markdown, CSV and JSON, fastest growing first.
import { createSource, writeMetricSamples } from "@ratecard/db";
import { createTestDatabase, type TestDatabase } from "@ratecard/db/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { reportTraction } from "../src/commands/report-traction";
import { testEnv } from "./test-env";

const DAY = 86_400_000;
const now = new Date("2026-03-01T12:00:00Z");
const ago = (days: number) => new Date(now.getTime() - days * DAY);
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const repo = (name: string) => createSource(db, { kind: "github_repo", name, url: `https://github.com/${name}`, schedule: "0 3 * * *" });
  const ollama = await repo("ollama/ollama");
  const vllm = await repo("vllm-project/vllm");
  const discord = await createSource(db, { kind: "discord_invite", name: "Ollama Discord", url: "https://discord.gg/ollama", schedule: "0 4 * * *" });
  // ollama: 100,000 → 110,000 in 30 days (+10 %), after +5,000 the month before (acceleration ×2).
  await writeMetricSamples(db, ollama.id, [
    { metric: "stars", value: 95_000, at: ago(60) },
    { metric: "stars", value: 100_000, at: ago(30) },
    { metric: "stars", value: 108_000, at: ago(7) },
    { metric: "stars", value: 110_000, at: now },
    { metric: "forks", value: 9000, at: now },
  ]);
  // vllm: 40,000 → 48,000 (+20 %), the first 40,000 from an estimated stretch.
  await writeMetricSamples(db, vllm.id, [
    { metric: "stars", value: 36_000, at: ago(60), estimated: true },
    { metric: "stars", value: 40_000, at: ago(30), estimated: true },
    { metric: "stars", value: 48_000, at: now },
  ]);
  // Discord: 80,000 → 84,000 members (+5 %).
  await writeMetricSamples(db, discord.id, [
    { metric: "discord_members", value: 80_000, at: ago(30) },
    { metric: "discord_members", value: 84_000, at: now },
    { metric: "discord_online", value: 9000, at: now },
  ]);
});
afterAll(async () => {
  await database?.drop();
});

async function run(options: { since?: string; format?: string }): Promise<string> {
  const lines: string[] = [];
  const spy = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void lines.push(args.join(" ")));
  try {
    await reportTraction(testEnv({ DATABASE_URL: database.url }), options, now);
  } finally {
    spy.mockRestore();
  }
  return lines.join("\n");
}

describe("report traction", () => {
  it("markdown: one row per repository or community, sorted by growth, estimates flagged", async () => {
    const md = (await run({})).split("\n");
    expect(md.slice(2, 5).map((line) => line.split(" | ")[1])).toEqual(["vllm-project/vllm *", "ollama/ollama", "Ollama Discord"]);
    // ollama: +2,000 in 7 days, +10,000 in 30; (110/100)^(7/30) − 1 = 2.25 % a week; ×2.00; 250k in (140,000 / (10,000/30)) = 420 days
    expect(md[3]).toBe("| 2 | ollama/ollama | stars | 110,000 | +2,000 | +10,000 | — | +10,000 | +10.0% | +2.3% | ×2.00 | 250k in 420 d |");
    expect(md.at(-1)).toMatch(/^\\\* includes estimated values/);
  });

  it("csv and json carry the same rows for scripts and spreadsheets", async () => {
    const csv = (await run({ format: "csv", since: "30d" })).split("\n");
    expect(csv[0]?.startsWith("name,kind,metric,current,")).toBe(true);
    expect(csv.slice(1).map((line) => line.split(",")[0])).toEqual(["vllm-project/vllm", "ollama/ollama", "Ollama Discord"]);
    const json = JSON.parse(await run({ format: "json" })) as { rows: { name: string; growthPct: number; metric: string; estimated: boolean }[] };
    expect(json.rows.map((r) => [r.name, r.metric, r.growthPct, r.estimated])).toEqual([
      ["vllm-project/vllm", "stars", 20, true],
      ["ollama/ollama", "stars", 10, false],
      ["Ollama Discord", "discord_members", 5, false],
    ]);
  });

  it("--since sets the growth window", async () => {
    // Over 7 days: ollama +2,000 on 108,000 (1.85 %); vllm is interpolated between 40,000 (30 days ago)
    // and 48,000 (now): 7 days ago 40,000 + 8,000 × 23/30 = 46,133, so +1,867 (4.05 %).
    const json = JSON.parse(await run({ format: "json", since: "1w" })) as { rows: { name: string; growthPct: number; changeSince: number }[] };
    expect(json.rows.map((r) => [r.name, r.changeSince, r.growthPct])).toEqual([
      ["vllm-project/vllm", 1867, 4.05],
      ["ollama/ollama", 2000, 1.85],
      ["Ollama Discord", 933, 1.12],
    ]);
  });

  it("a bad --since or --format is a one-line user error", async () => {
    await expect(run({ since: "a month" })).rejects.toThrow("--since must be a number of days like 30d or weeks like 12w (1-3650 days), got 'a month'");
    await expect(run({ format: "xml" })).rejects.toThrow("--format must be one of md, csv, json, table, got 'xml'");
  });
});
