// The end-to-end run's configuration in one place. The global setup starts the stack and publishes
// where it runs through the environment (Playwright's test workers inherit it); specs read it back here,
// validated once, instead of each reading process.env.
import { z } from "zod";

const handedOff = z.object({
  RATECARD_E2E_BASE_URL: z.string().url(),
  RATECARD_E2E_DATABASE_URL: z.string().startsWith("postgres"),
  RATECARD_E2E_ADMIN_STATE: z.string().min(1),
  RATECARD_E2E_SEED: z.string().min(1),
  RATECARD_E2E_FIXTURES_URL: z.string().url(),
  RATECARD_E2E_WORKER_PID: z.coerce.number().int().positive(),
});

export interface E2eEnv {
  baseUrl: string;
  databaseUrl: string;
  /** The seeded admin's Playwright storageState file. */
  adminState: string;
  /** The seeded rows (JSON of SeededData). */
  seed: string;
  /** The local server of ../shared/fixtures that the e2e worker may fetch. */
  fixturesUrl: string;
  workerPid: number;
}

let cached: E2eEnv | undefined;

export function readE2eEnv(): E2eEnv {
  if (cached) return cached;
  const parsed = handedOff.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`the e2e stack is not described in the environment (${parsed.error.issues.map((i) => i.path.join(".")).join(", ")}): run the tests with \`pnpm test:e2e\` so that the global setup runs`);
  }
  const env = parsed.data;
  cached = {
    baseUrl: env.RATECARD_E2E_BASE_URL,
    databaseUrl: env.RATECARD_E2E_DATABASE_URL,
    adminState: env.RATECARD_E2E_ADMIN_STATE,
    seed: env.RATECARD_E2E_SEED,
    fixturesUrl: env.RATECARD_E2E_FIXTURES_URL,
    workerPid: env.RATECARD_E2E_WORKER_PID,
  };
  return cached;
}

/** Called by the global setup once the stack runs: the test workers start after it and inherit these. */
export function publishE2eEnv(env: Partial<E2eEnv>): void {
  const names: Record<keyof E2eEnv, string> = {
    baseUrl: "RATECARD_E2E_BASE_URL",
    databaseUrl: "RATECARD_E2E_DATABASE_URL",
    adminState: "RATECARD_E2E_ADMIN_STATE",
    seed: "RATECARD_E2E_SEED",
    fixturesUrl: "RATECARD_E2E_FIXTURES_URL",
    workerPid: "RATECARD_E2E_WORKER_PID",
  };
  for (const [key, value] of Object.entries(env)) process.env[names[key as keyof E2eEnv]] = String(value);
}

/** Whether the services' output is echoed (RATECARD_E2E_VERBOSE=1), e.g. to see why the dashboard server failed. */
export function isE2eVerbose(): boolean {
  return Boolean(process.env.RATECARD_E2E_VERBOSE);
}

/** The environment for a child process of the e2e stack (next build/start, the worker): this one plus `extra`. */
export function childProcessEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
