// Times every dashboard page against a seeded volume database (see seed-year-of-data.ts): the built
// app under `next start`, signed in as the seeded admin, one warm-up request and then --runs timed
// requests per page (time to the last byte). Prints a table and writes results/dashboard-pages-<date>.json.
//
//   pnpm --filter @ratecard/bench time:pages [--data-dir DIR | --database-url URL] [--runs 5]
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDbClient, createSession, migrateDatabase, repoRoot, startEmbeddedPostgres, type Db } from "@ratecard/db";
import { buildAppIfMissing } from "../../apps/web/e2e/build-app-if-missing";
import { startNextServer } from "../../apps/web/e2e/start-next-server";
import { VOLUME_USERS } from "./volume-users";

interface PageTiming {
  path: string;
  status: number;
  bytes: number;
  medianMs: number;
  maxMs: number;
}

/** The pages to time, with ids of the busiest rows so that no page gets an easy case. */
async function pagesToTime(db: Db): Promise<string[]> {
  const [busiest] = await db.$queryRaw<{ source_id: string; newest: string; oldest: string }[]>`
    SELECT s.source_id::text,
      (SELECT id::text FROM snapshots WHERE source_id = s.source_id ORDER BY first_seen_at DESC LIMIT 1) AS newest,
      (SELECT id::text FROM snapshots WHERE source_id = s.source_id ORDER BY first_seen_at ASC LIMIT 1) AS oldest
    FROM (SELECT source_id, count(*) FROM snapshots GROUP BY source_id ORDER BY count(*) DESC LIMIT 1) s`;
  const [model] = await db.$queryRaw<{ provider: string; model: string }[]>`
    SELECT provider, model FROM change_events WHERE provider IS NOT NULL AND model IS NOT NULL
    GROUP BY provider, model ORDER BY count(*) DESC LIMIT 1`;
  const [page] = await db.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM sources WHERE kind = 'page' ORDER BY (SELECT count(*) FROM checks WHERE source_id = sources.id) DESC LIMIT 1`;
  const [repo] = await db.$queryRaw<{ id: string }[]>`SELECT id::text FROM sources WHERE kind = 'github_repo' LIMIT 2`;
  if (!busiest || !model || !page || !repo) throw new Error("the database has no seeded data: run `pnpm --filter @ratecard/bench seed:year` first");
  const q = (value: string) => encodeURIComponent(value);
  return [
    "/",
    "/?page=40",
    "/?provider=openai",
    "/?kind=price_increase&minPct=20",
    "/?model=model-1",
    "/prices",
    "/prices?provider=anthropic",
    `/prices/history?provider=${q(model.provider)}&model=${q(model.model)}`,
    "/cost",
    "/cost?input=10000&output=10000&tasks=100000",
    "/traction",
    "/traction/report.csv",
    "/sources",
    `/sources/${busiest.source_id}`,
    `/sources/${busiest.source_id}?from=${busiest.oldest}&to=${busiest.newest}`,
    `/sources/${page.id}`,
    `/snapshots/${busiest.newest}`,
    "/alerts",
    "/admin/users",
    "/api/v1/prices",
    "/api/v1/events",
    "/api/v1/events?provider=openai&kind=price_decrease",
    `/api/v1/price-history?provider=${q(model.provider)}&model=${q(model.model)}`,
    "/api/v1/prices?download=csv",
  ];
}

async function timeRequest(url: string, cookie: string): Promise<{ ms: number; status: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const body = await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status, bytes: body.byteLength };
}

async function main() {
  const { values } = parseArgs({
    options: {
      "database-url": { type: "string" },
      "data-dir": { type: "string", default: path.join(repoRoot, ".ratecard", "bench-volume") },
      runs: { type: "string", default: "5" },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a positive whole number");
  const embedded = values["database-url"] ? null : await startEmbeddedPostgres({ dataDir: values["data-dir"] });
  const databaseUrl = values["database-url"] ?? embedded!.url;
  // A database seeded by an older checkout gets the indexes of this one.
  await migrateDatabase(databaseUrl, { quiet: true });
  const appDir = path.join(repoRoot, "apps", "web");
  const db = createDbClient(databaseUrl, { maxConnections: 2 });
  let server: Awaited<ReturnType<typeof startNextServer>> | null = null;
  try {
    const admin = await db.user.findUnique({ where: { email: VOLUME_USERS[0]!.email } });
    if (!admin) throw new Error(`no user ${VOLUME_USERS[0]!.email}: seed the database with \`pnpm --filter @ratecard/bench seed:year\` first`);
    const { token } = await createSession(db, { userId: admin.id, now: new Date(), ttlMs: 3_600_000 });
    const cookie = `ratecard_session=${token}`;
    const paths = await pagesToTime(db);
    await buildAppIfMissing(appDir);
    server = await startNextServer({ appDir, databaseUrl });
    const counts = await db.$queryRaw<Record<string, bigint>[]>`
      SELECT (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM checks) AS checks,
        (SELECT count(*) FROM snapshots) AS snapshots, (SELECT count(*) FROM price_points) AS price_points,
        (SELECT count(*) FROM change_events) AS change_events, (SELECT count(*) FROM metric_samples) AS metric_samples`;
    const timings: PageTiming[] = [];
    for (const pagePath of paths) {
      const url = server.url + pagePath;
      await timeRequest(url, cookie);
      const samples: { ms: number; status: number; bytes: number }[] = [];
      for (let i = 0; i < runs; i++) samples.push(await timeRequest(url, cookie));
      const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
      const timing = {
        path: pagePath,
        status: samples.at(-1)!.status,
        bytes: samples.at(-1)!.bytes,
        medianMs: Math.round(sorted[Math.floor(sorted.length / 2)]!),
        maxMs: Math.round(sorted.at(-1)!),
      };
      timings.push(timing);
      console.log(`${String(timing.medianMs).padStart(6)} ms median ${String(timing.maxMs).padStart(6)} ms max  ${timing.status}  ${(timing.bytes / 1024).toFixed(0).padStart(5)} KB  ${pagePath}`);
    }
    const answered = timings.filter((t) => t.status === 200);
    const slowest = answered.reduce((a, b) => (b.medianMs > a.medianMs ? b : a));
    console.log(`slowest page: ${slowest.path}, ${slowest.medianMs} ms median (${slowest.maxMs} ms max) over ${runs} runs`);
    const date = new Date().toISOString().slice(0, 10);
    const file = path.join(repoRoot, "bench", "results", `dashboard-pages-${date}.json`);
    const volume = Object.fromEntries(Object.entries(counts[0] ?? {}).map(([k, v]) => [k, Number(v)]));
    writeFileSync(file, JSON.stringify({ date, runs, volume, timings }, null, 2) + "\n");
    console.log(`written to ${path.relative(repoRoot, file)}`);
  } finally {
    await server?.stop();
    await db.$disconnect();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`time:pages: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
