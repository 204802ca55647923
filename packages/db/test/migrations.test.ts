import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDbClient, migrateDatabase, repoRoot, runPrisma } from "../src";
import { createEmptyDatabase } from "../src/testing";

describe("migrations", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it("migrate an empty database, then applying again is a no-op and status is clean", async () => {
    const empty = await createEmptyDatabase();
    cleanups.push(empty.drop);
    await migrateDatabase(empty.url, { quiet: true });
    const again = await runPrisma(["migrate", "deploy"], empty.url, true);
    expect(again).toMatch(/No pending migrations to apply/);
    const status = await runPrisma(["migrate", "status"], empty.url, true);
    expect(status).toMatch(/Database schema is up to date/);

    const db = createDbClient(empty.url);
    cleanups.push(() => db.$disconnect());
    const tables = await db.$queryRaw<{ tablename: string }[]>`
      SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
    expect(tables.map((t) => t.tablename)).toEqual([
      "_prisma_migrations",
      "alert_deliveries",
      "alert_rules",
      "api_tokens",
      "change_events",
      "checks",
      "metric_samples",
      "price_points",
      "sessions",
      "sign_in_attempts",
      "snapshots",
      "sources",
      "users",
    ]);
  });

  it("the committed migrations match prisma/schema.prisma (no schema change without a migration)", async () => {
    const empty = await createEmptyDatabase();
    cleanups.push(empty.drop);
    const diff = await runPrisma(
      ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--exit-code"],
      empty.url,
      true,
    ).catch((error: Error) => error.message);
    expect(diff).toMatch(/No difference detected|empty migration/i);
  });

  it("a schema change shows up as a new migration's SQL", async () => {
    const empty = await createEmptyDatabase();
    cleanups.push(empty.drop);
    const dir = mkdtempSync(path.join(os.tmpdir(), "ratecard-schema-"));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    cpSync(path.join(repoRoot, "prisma"), dir, { recursive: true });
    const schema = readFileSync(path.join(dir, "schema.prisma"), "utf8");
    writeFileSync(path.join(dir, "schema.prisma"), schema.replace("  enabled        Boolean    @default(true)\n", "  enabled        Boolean    @default(true)\n  tags           String[]   @default([])\n"));
    const sql = await runPrisma(
      ["migrate", "diff", "--from-migrations", path.join(dir, "migrations"), "--to-schema", path.join(dir, "schema.prisma"), "--script"],
      empty.url,
      true,
    );
    expect(sql).toMatch(/ALTER TABLE "sources" ADD COLUMN\s+"tags" TEXT\[\] DEFAULT ARRAY\[\]::TEXT\[\]/);
  });
});
