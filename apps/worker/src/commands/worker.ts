import type { Env } from "../env";
import { startWorker } from "../main";
import { openRuntime } from "../runtime";

/** `ratecard worker`: scheduler and job handlers until SIGTERM/SIGINT; running checks finish first. */
export async function worker(env: Env, options: { schedule?: boolean } = {}): Promise<void> {
  const log = (line: string) => console.log(`${new Date().toISOString()} ${line}`);
  // Listen before starting: a SIGTERM that arrives while the worker starts stops it cleanly once started.
  const signal = waitForSignal();
  const runtime = await openRuntime(env, { log: () => {} });
  const running = await startWorker(runtime, { log, schedule: options.schedule ?? true });
  log(`worker started (${runtime.embedded ? "embedded PostgreSQL" : "DATABASE_URL"}), concurrency ${env.RATECARD_WORKER_CONCURRENCY}`);
  await signal;
  log("stopping: letting running checks finish");
  await running.stop();
  await runtime.close();
  log("stopped");
}

export function waitForSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const done = (signal: NodeJS.Signals) => {
      process.off("SIGINT", done);
      process.off("SIGTERM", done);
      resolve(signal);
    };
    process.on("SIGINT", done);
    process.on("SIGTERM", done);
  });
}
