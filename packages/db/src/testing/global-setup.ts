// vitest globalSetup: one real PostgreSQL for the whole run (embedded, or TEST_DATABASE_URL's server),
// with a migrated template database that each test file clones in milliseconds.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../embedded/start-embedded-postgres";
import { migrateDatabase } from "../migrate-database";

export const TEMPLATE_DATABASE = "ratecard_template";

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ratecard-test-pg-"));
  const server = await startEmbeddedPostgres({ dataDir });
  const adminUrl = withDatabase(server.url, "postgres");
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  await migrateDatabase(withDatabase(server.url, TEMPLATE_DATABASE), { quiet: true });
  project.provide("pgAdminUrl", adminUrl);
  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}
