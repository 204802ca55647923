// `pnpm db:new-migration NAME`: diff prisma/schema.prisma against prisma/migrations and write a new
// migration, using a throwaway embedded PostgreSQL when DATABASE_URL is not set.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, runPrisma } from "@ratecard/db";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: pnpm db:new-migration NAME   (NAME in snake_case, e.g. add_source_tags)");
  process.exit(1);
}
const dataDir = mkdtempSync(path.join(os.tmpdir(), "ratecard-migration-"));
const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir });
try {
  await runPrisma(["migrate", "dev", "--name", name], db.url, false);
  await runPrisma(["generate"], db.url, false);
} finally {
  await db.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
