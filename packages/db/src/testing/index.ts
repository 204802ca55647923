export { createTestDatabase, createEmptyDatabase, type TestDatabase } from "./create-test-database";
