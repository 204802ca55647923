import type { Env } from "../env";
import { openRuntime } from "../runtime";
import { exited, startDashboard } from "./start";
import { waitForSignal } from "./worker";

/** `ratecard serve`: only the dashboard (no worker), on DATABASE_URL or the embedded database. */
export async function serve(env: Env): Promise<void> {
  const log = (line: string) => console.log(`${new Date().toISOString()} ${line}`);
  const signalled = waitForSignal();
  const runtime = await openRuntime(env);
  const web = startDashboard(env, runtime.databaseUrl, log);
  log(`stopping (${await Promise.race([signalled, exited(web)])})`);
  if (web.exitCode === null) {
    web.kill("SIGTERM");
    await exited(web);
  }
  await runtime.close();
}
