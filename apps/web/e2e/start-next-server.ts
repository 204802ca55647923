// Runs the built dashboard the way `ratecard start` does (server/serve.ts: Next's handler behind a
// server that passes on each request's TCP peer) and waits until it answers.
import { findFreePort } from "@ratecard/db";
import { spawnService } from "./spawn-service";
import { childProcessEnv } from "./e2e-env";

export interface NextServer {
  url: string;
  stop(): Promise<void>;
}

export async function startNextServer(options: { appDir: string; databaseUrl: string }): Promise<NextServer> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const service = spawnService(["--import", "tsx", "server/serve.ts", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: options.appDir,
    env: childProcessEnv({ DATABASE_URL: options.databaseUrl, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" }),
    killAfterMs: 10_000,
  });
  const { stop } = service;

  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (service.exitCode() !== null) throw new Error(`the dashboard server exited (${service.exitCode()}) before answering:\n${service.output()}`);
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
  throw new Error(`the dashboard server did not answer on ${url} within 60 s:\n${service.output()}`);
}
