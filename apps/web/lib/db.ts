// The dashboard's one Prisma client, created on first use (never at import time, so builds need no
// database) and kept on globalThis so that dev-server hot reloads do not open a new pool each time.
import { createDbClient, type Db } from "@ratecard/db";
import { readEnv } from "./env";

const holder = globalThis as typeof globalThis & { ratecardDashboardDb?: Db };

export function getDb(): Db {
  holder.ratecardDashboardDb ??= createDbClient(readEnv().DATABASE_URL, { maxConnections: 5 });
  return holder.ratecardDashboardDb;
}
