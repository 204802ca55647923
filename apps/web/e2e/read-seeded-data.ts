import { readE2eEnv } from "./e2e-env";
import type { SeededData } from "./seed-dashboard-data";

/** What the global setup seeded, handed to the test workers through the environment. */
export function readSeededData(): SeededData {
  return JSON.parse(readE2eEnv().seed) as SeededData;
}
