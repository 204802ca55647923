// Prisma CLI configuration. On machines without internet the schema engine binary cannot be
// downloaded; the offline stand-in in ../shared/tools/prisma-offline speaks its protocol.
import { chmodSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

const here = path.dirname(fileURLToPath(import.meta.url));
const offlineEngine = path.resolve(here, "../shared/tools/prisma-offline/schema-engine.mjs");
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY && existsSync(offlineEngine)) {
  try {
    chmodSync(offlineEngine, 0o755);
  } catch {
    // read-only checkout of shared/: the file is already executable there
  }
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = offlineEngine;
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/ratecard" },
});
