// Runs the built dashboard with `next start` and waits until it answers.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { findFreePort } from "@ratecard/db";

export interface NextServer {
  url: string;
  stop(): Promise<void>;
}

export async function startNextServer(options: { appDir: string; databaseUrl: string }): Promise<NextServer> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const nextBin = createRequire(path.join(options.appDir, "package.json")).resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [nextBin, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: options.appDir,
    env: { ...process.env, DATABASE_URL: options.databaseUrl, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
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
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}) before answering:\n${output}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`next start did not answer on ${url} within 60 s:\n${output}`);
}
