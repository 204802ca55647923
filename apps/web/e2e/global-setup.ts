// Brings up the real stack once for all browser tests: an embedded Postgres in a fresh temporary
// directory, migrated and seeded through @ratecard/db (with an admin and a viewer), the built dashboard
// on a free port, and a signed-in storageState for the admin that every spec starts from.
// The returned function is Playwright's teardown: it stops next, then Postgres, then removes the directory.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDbClient, createUser, migrateDatabase, startEmbeddedPostgres } from "@ratecard/db";
import { buildAppIfMissing } from "./build-app-if-missing";
import { createSignedInState } from "./create-signed-in-state";
import { E2E_ADMIN, E2E_VIEWER } from "./e2e-users";
import { seedDashboardData } from "./seed-dashboard-data";
import { startNextServer } from "./start-next-server";

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export default async function globalSetup(): Promise<() => Promise<void>> {
  const cleanups: (() => Promise<void>)[] = [];
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        console.error("[e2e] cleanup failed:", error);
      }
    }
    cleanups.length = 0;
  };

  try {
    await buildAppIfMissing(appDir);

    const dataDir = mkdtempSync(path.join(os.tmpdir(), "ratecard-web-e2e-"));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const postgres = await startEmbeddedPostgres({ dataDir });
    cleanups.push(() => postgres.stop());
    await migrateDatabase(postgres.url, { quiet: true });

    const server = await startNextServer({ appDir, databaseUrl: postgres.url });
    cleanups.push(() => server.stop());

    const db = createDbClient(postgres.url, { maxConnections: 2 });
    try {
      const seeded = await seedDashboardData(db, new Date());
      process.env.RATECARD_E2E_SEED = JSON.stringify(seeded);
      const admin = await createUser(db, { ...E2E_ADMIN, role: "admin" });
      await createUser(db, { ...E2E_VIEWER, role: "viewer" });
      const stateFile = path.join(dataDir, "admin-storage-state.json");
      await createSignedInState(db, { userId: admin.id, baseUrl: server.url, file: stateFile });
      process.env.RATECARD_E2E_ADMIN_STATE = stateFile;
    } finally {
      await db.$disconnect();
    }
    process.env.RATECARD_E2E_DATABASE_URL = postgres.url;
    process.env.RATECARD_E2E_BASE_URL = server.url;
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
