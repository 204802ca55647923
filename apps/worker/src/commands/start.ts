// `ratecard start` (what scripts/start runs): database, migrations, the default watch list on first
// start, a worker, and the dashboard (apps/web/server/serve.ts) pointed at the same database.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot, upsertSources } from "@ratecard/db";
import type { Env } from "../env";
import { startWorker } from "../main";
import { openRuntime } from "../runtime";
import { parseWatchList } from "../watch-list/parse-watch-list";
import { ensureFirstAdmin } from "./first-admin";
import { waitForSignal } from "./worker";

export const DEFAULT_WATCH_LIST = path.join(repoRoot, "scripts/seed/watch-list.yaml");

export async function start(env: Env, options: { web?: boolean }): Promise<void> {
  const log = (line: string) => console.log(`${new Date().toISOString()} ${line}`);
  const signalled = waitForSignal();
  const runtime = await openRuntime(env);
  log(runtime.embedded ? `embedded PostgreSQL running with data in ${env.dataDir}` : "using the database at DATABASE_URL");

  if ((await runtime.db.source.count()) === 0) {
    const inputs = parseWatchList(readFileSync(DEFAULT_WATCH_LIST, "utf8"), path.relative(repoRoot, DEFAULT_WATCH_LIST));
    const { added } = await upsertSources(runtime.db, inputs);
    log(`seeded the default watch list: ${added} sources`);
  }

  const { admin, created } = await ensureFirstAdmin(runtime.db, env);
  if (created || admin.file) {
    log(`dashboard sign-in: ${admin.email} / ${admin.file ? `${admin.password} (kept in ${admin.file})` : "ADMIN_PASSWORD"}`);
  }

  const worker = await startWorker(runtime, { log });
  let web: ChildProcess | null = null;
  if (options.web ?? true) web = startDashboard(env, runtime.databaseUrl, log);

  const signal = await Promise.race([signalled, web ? exited(web) : new Promise<never>(() => {})]);
  log(`stopping (${signal})`);
  if (web && web.exitCode === null) {
    web.kill("SIGTERM");
    await exited(web);
  }
  await worker.stop();
  await runtime.close();
  log("stopped");
}

export function startDashboard(env: Env, databaseUrl: string, log: (line: string) => void): ChildProcess {
  const webDir = path.join(repoRoot, "apps/web");
  if (!existsSync(path.join(webDir, ".next/BUILD_ID"))) {
    throw new Error("the dashboard is not built: run scripts/start (it builds it), or `pnpm --filter @ratecard/web build`");
  }
  // apps/web/server/serve.ts: Next's handler behind a node:http server that passes on each request's TCP peer.
  const child = spawn(process.execPath, ["--import", "tsx", "server/serve.ts", "--port", String(env.PORT), "--hostname", "127.0.0.1"], {
    cwd: webDir,
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  child.stdout?.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    process.stdout.write(text);
    if (/Ready|started server/i.test(text)) log(`dashboard: http://localhost:${env.PORT}`);
  });
  return child;
}

export function exited(child: ChildProcess): Promise<string> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(`dashboard exited with ${child.exitCode}`);
    child.once("exit", (code) => resolve(`dashboard exited with ${code}`));
  });
}
