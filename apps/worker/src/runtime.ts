// Opens what every command needs: the database (embedded or DATABASE_URL), migrated, and a client.
import { createDbClient, ensureMigrated, openDatabase, type Db } from "@ratecard/db";
import type { Env } from "./env";

export interface Runtime {
  env: Env;
  db: Db;
  databaseUrl: string;
  embedded: boolean;
  close(): Promise<void>;
}

export async function openRuntime(env: Env, options: { log?: (line: string) => void } = {}): Promise<Runtime> {
  const location = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.dataDir, ...(options.log ? { log: options.log } : {}) });
  try {
    await ensureMigrated(location.url);
  } catch (error) {
    await location.stop();
    throw error;
  }
  const db = createDbClient(location.url);
  return {
    env,
    db,
    databaseUrl: location.url,
    embedded: location.embedded,
    close: async () => {
      await db.$disconnect();
      await location.stop();
    },
  };
}
