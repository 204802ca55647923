import type { Env } from "../env";
import { openRuntime, type Runtime } from "../runtime";

/** Runs a command against the database and always closes it (and the embedded server it started). */
export async function withRuntime<T>(env: Env, run: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await openRuntime(env);
  try {
    return await run(runtime);
  } finally {
    await runtime.close();
  }
}
