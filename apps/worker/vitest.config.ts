import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globalSetup: ["@ratecard/db/testing/global-setup"],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // Each file gets its own database; two files at a time keeps Chromium and Postgres within 2 cores.
    maxWorkers: 2,
  },
});
