import type { SeededData } from "./seed-dashboard-data";

/** What the global setup seeded, handed to the test workers through the environment. */
export function readSeededData(): SeededData {
  const json = process.env.RATECARD_E2E_SEED;
  if (!json) throw new Error("RATECARD_E2E_SEED is not set: run the tests with `pnpm test:e2e` so that the global setup runs");
  return JSON.parse(json) as SeededData;
}
