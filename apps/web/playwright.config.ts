// Browser end-to-end tests: a real Chromium against the built dashboard (server/serve.ts) on a real (embedded) Postgres.
// Playwright's bundled browsers are not downloadable here, so the system Chromium is launched.
import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!existsSync(chromiumPath)) {
  throw new Error(
    `Chromium not found at ${chromiumPath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH to its executable`,
  );
}

export default defineConfig({
  testDir: "./e2e",
  testMatch: "*.spec.ts",
  globalSetup: "./e2e/global-setup.ts",
  timeout: 30_000,
  // The first run may include `next build`.
  globalTimeout: 15 * 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  // scripts/test sets PLAYWRIGHT_JSON_OUTPUT_NAME to collect the counts of every tier.
  // watch-list-editing.spec.ts checks a real page through the worker, which adds prices and snapshots
  // for a while; it runs after the other specs, whose assertions count the seeded rows.
  projects: [
    // Specs that add sources (and so change counts and rankings) run after the read-only ones, one project at a time.
    // sign-in-throttle.spec.ts adds admins, which users.spec.ts's last-admin test must not see.
    { name: "dashboard", testIgnore: /(watch-list-editing|cost-crossover|snapshot-timeline|sign-in-throttle|card-health)\.spec\.ts/ },
    { name: "watch-list-editing", testMatch: /watch-list-editing\.spec\.ts/, dependencies: ["dashboard"] },
    { name: "adds-sources", testMatch: /(cost-crossover|snapshot-timeline|sign-in-throttle|card-health)\.spec\.ts/, dependencies: ["watch-list-editing"] },
  ],
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  outputDir: "test-results",
  use: {
    browserName: "chromium",
    // Set by the global setup once the dashboard server listens; the workers start after it and inherit it.
    baseURL: process.env.RATECARD_E2E_BASE_URL,
    // Signed in as the seeded admin (written by the global setup); auth.spec.ts starts signed out.
    storageState: process.env.RATECARD_E2E_ADMIN_STATE,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
});
