// Picks the database: DATABASE_URL when given, otherwise the embedded PostgreSQL under the data directory.
import { startEmbeddedPostgres } from "./embedded/start-embedded-postgres";

export interface DatabaseLocation {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function openDatabase(config: {
  databaseUrl?: string | undefined;
  dataDir: string;
  log?: (line: string) => void;
}): Promise<DatabaseLocation> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => {} };
  const handle = await startEmbeddedPostgres({ dataDir: config.dataDir, ...(config.log ? { log: config.log } : {}) });
  return { url: handle.url, embedded: true, stop: handle.stop };
}
