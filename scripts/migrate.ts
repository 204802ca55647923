// `pnpm db:migrate`: applies prisma/migrations to DATABASE_URL (or the embedded database) and prints
// `prisma migrate status`.
import path from "node:path";
import { migrateDatabase, openDatabase, repoRoot, runPrisma } from "@ratecard/db";

const db = await openDatabase({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: path.resolve(repoRoot, process.env.RATECARD_DATA_DIR ?? ".ratecard"),
});
try {
  await migrateDatabase(db.url);
  await runPrisma(["migrate", "status"], db.url, false);
} finally {
  await db.stop();
}
