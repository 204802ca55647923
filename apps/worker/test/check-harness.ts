// What check tests share: a fresh database, the fixture server and a real fetcher for the file,
// created before its tests and torn down after them.
import type { Db } from "@ratecard/db";
import { createTestDatabase, type TestDatabase } from "@ratecard/db/testing";
import { afterAll, beforeAll } from "vitest";
import { createFetcher } from "../src/fetch/create-fetcher";
import type { PageFetcher } from "../src/fetch/fetch-page";
import { startFixtureServer, type FixtureServer } from "./fixture-server";
import { testEnv } from "./test-env";

export interface CheckHarness {
  readonly db: Db;
  readonly server: FixtureServer;
  readonly fetcher: PageFetcher;
  readonly database: TestDatabase;
  deps(now?: () => Date): { db: Db; fetcher: PageFetcher; now: () => Date };
}

export function useCheckHarness(): CheckHarness {
  let database: TestDatabase | undefined;
  let server: FixtureServer | undefined;
  let fetcher: PageFetcher | undefined;
  beforeAll(async () => {
    [database, server] = await Promise.all([createTestDatabase(), startFixtureServer()]);
    fetcher = createFetcher(testEnv());
  });
  afterAll(async () => {
    await fetcher?.stop();
    await server?.close();
    await database?.drop();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the check harness is used before beforeAll ran");
    return value;
  };
  return {
    get db() {
      return ready(database).db;
    },
    get server() {
      return ready(server);
    },
    get fetcher() {
      return ready(fetcher);
    },
    get database() {
      return ready(database);
    },
    deps(now = () => new Date()) {
      return { db: ready(database).db, fetcher: ready(fetcher), now };
    },
  };
}
