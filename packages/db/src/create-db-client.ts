// The Prisma client over node-postgres (adapter-pg): the only way ratecard talks to Postgres.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;

export function createDbClient(connectionString: string, options: { maxConnections?: number } = {}): Db {
  const adapter = new PrismaPg({ connectionString, max: options.maxConnections ?? 10 });
  return new PrismaClient({ adapter });
}
