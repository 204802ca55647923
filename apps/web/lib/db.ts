// The dashboard's one Prisma client.
import { createDbClient, type Db } from "@ratecard/db";
import { readEnv } from "./env";
import { processSingleton } from "./process-singleton";

export function getDb(): Db {
  return processSingleton("db", () => createDbClient(readEnv().DATABASE_URL, { maxConnections: 5 }));
}
