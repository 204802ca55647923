import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // A real (embedded) Postgres: one database per test file.
    globalSetup: ["@ratecard/db/testing/global-setup"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
