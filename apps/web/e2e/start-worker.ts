// A real `ratecard worker --no-schedule` on the e2e database: it takes the jobs the dashboard sends
// ("check now") but its scheduler stays off, so the seeded sources are never checked behind the tests' backs.
import { createRequire } from "node:module";
import path from "node:path";
import { repoRoot } from "@ratecard/db";
import { spawnService } from "./spawn-service";
import { childProcessEnv } from "./e2e-env";

export async function startWorker(options: { databaseUrl: string }): Promise<{ pid: number | undefined; stop(): Promise<void> }> {
  const workerDir = path.join(repoRoot, "apps/worker");
  const tsx = createRequire(path.join(workerDir, "package.json")).resolve("tsx");
  const service = spawnService(["--import", tsx, path.join(workerDir, "src/cli.ts"), "worker", "--no-schedule"], {
    cwd: repoRoot,
    // Fixture pages are served from 127.0.0.1, which the URL guard refuses unless told otherwise.
    env: childProcessEnv({ DATABASE_URL: options.databaseUrl, RATECARD_ALLOW_PRIVATE_HOSTS: "1", RATECARD_WORKER_CONCURRENCY: "1" }),
    killAfterMs: 30_000,
  });
  const { stop } = service;

  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (service.exitCode() !== null) throw new Error(`ratecard worker exited (${service.exitCode()}) before starting:\n${service.output()}`);
    if (service.output().includes("worker started")) return { pid: service.pid, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`ratecard worker did not start within 90 s:\n${service.output()}`);
}
