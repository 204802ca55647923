export { createDbClient, type Db } from "./create-db-client";
export { openDatabase, type DatabaseLocation } from "./open-database";
export { startEmbeddedPostgres, type EmbeddedPostgresHandle } from "./embedded/start-embedded-postgres";
export { migrateDatabase, runPrisma } from "./migrate-database";
export * from "./generated/prisma/client";
