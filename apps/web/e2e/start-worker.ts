// A real `ratecard worker --no-schedule` on the e2e database: it takes the jobs the dashboard sends
// ("check now") but its scheduler stays off, so the seeded sources are never checked behind the tests' backs.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { repoRoot } from "@ratecard/db";

export async function startWorker(options: { databaseUrl: string }): Promise<{ stop(): Promise<void> }> {
  const workerDir = path.join(repoRoot, "apps/worker");
  const tsx = createRequire(path.join(workerDir, "package.json")).resolve("tsx");
  const child = spawn(process.execPath, ["--import", tsx, path.join(workerDir, "src/cli.ts"), "worker", "--no-schedule"], {
    cwd: repoRoot,
    // Fixture pages are served from 127.0.0.1, which the URL guard refuses unless told otherwise.
    env: { ...process.env, DATABASE_URL: options.databaseUrl, RATECARD_ALLOW_PRIVATE_HOSTS: "1", RATECARD_WORKER_CONCURRENCY: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    if (process.env.RATECARD_E2E_VERBOSE) process.stderr.write(chunk);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`ratecard worker exited (${child.exitCode}) before starting:\n${output}`);
    if (output.includes("worker started")) return { stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`ratecard worker did not start within 90 s:\n${output}`);
}
