// Brings up the real stack once for all browser tests: an embedded Postgres in a fresh temporary
// directory, migrated and seeded through @ratecard/db (with an admin and a viewer), the built dashboard
// on a free port, a fixture HTTP server and a `ratecard worker --no-schedule` (for "check now"),
// and a signed-in storageState for the admin that every spec starts from.
// The returned function is Playwright's teardown: it stops next, the worker and the fixture server,
// then Postgres, then removes the directory.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDbClient, createUser, migrateDatabase, startEmbeddedPostgres } from "@ratecard/db";
import { buildAppIfMissing } from "./build-app-if-missing";
import { createSignedInState } from "./create-signed-in-state";
import { E2E_ADMIN, E2E_VIEWER } from "./e2e-users";
import { seedDashboardData } from "./seed-dashboard-data";
import { startFixtureServer } from "./start-fixture-server";
import { startNextServer } from "./start-next-server";
import { startWorker } from "./start-worker";
import { publishE2eEnv } from "./e2e-env";

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

    const fixtures = await startFixtureServer();
    cleanups.push(() => fixtures.stop());
    publishE2eEnv({ fixturesUrl: fixtures.url });

    const server = await startNextServer({ appDir, databaseUrl: postgres.url });
    cleanups.push(() => server.stop());

    const db = createDbClient(postgres.url, { maxConnections: 2 });
    try {
      const seeded = await seedDashboardData(db, new Date());
      publishE2eEnv({ seed: JSON.stringify(seeded) });
      const admin = await createUser(db, { ...E2E_ADMIN, role: "admin" });
      await createUser(db, { ...E2E_VIEWER, role: "viewer" });
      const stateFile = path.join(dataDir, "admin-storage-state.json");
      await createSignedInState(db, { userId: admin.id, baseUrl: server.url, file: stateFile });
      publishE2eEnv({ adminState: stateFile });
    } finally {
      await db.$disconnect();
    }
    // After the seed: the worker's first start creates the job queue's tables (pg-boss) in this database.
    const worker = await startWorker({ databaseUrl: postgres.url });
    cleanups.push(() => worker.stop());
    // watch-list-editing.spec.ts pauses it (SIGSTOP) to see what the page says when no worker takes a check.
    publishE2eEnv({ workerPid: worker.pid ?? 0, databaseUrl: postgres.url, baseUrl: server.url });
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
