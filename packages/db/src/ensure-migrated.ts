// Applies pending migrations only when the database lacks one: a cheap query on every CLI start
// instead of a `prisma migrate deploy` process each time.
import { readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { migrateDatabase } from "./migrate-database";
import { repoRoot } from "./repo-root";

export async function ensureMigrated(databaseUrl: string): Promise<boolean> {
  const wanted = readdirSync(path.join(repoRoot, "prisma/migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let applied = new Set<string>();
  try {
    const table = await client.query("SELECT to_regclass('public._prisma_migrations') AS t");
    if (table.rows[0]?.t) {
      const rows = await client.query<{ migration_name: string }>(
        "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
      );
      applied = new Set(rows.rows.map((r) => r.migration_name));
    }
  } finally {
    await client.end();
  }
  if (wanted.every((name) => applied.has(name))) return false;
  await migrateDatabase(databaseUrl, { quiet: true });
  return true;
}
