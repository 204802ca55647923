// A watch list of 100,000 entries is imported into a real PostgreSQL in batches (one transaction of
// single-row statements outlived Prisma's 5 s limit at about 35,000), and a second import updates.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import type { SourceInput } from "./types";
import { upsertSources } from "./upsert-sources";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

const entry = (i: number, extra: Partial<SourceInput> = {}): SourceInput => ({
  kind: "page",
  name: `Source ${i}`,
  url: `https://provider-${i}.example/pricing`,
  schedule: "0 */6 * * *",
  ...extra,
});

describe("upsertSources", () => {
  it("imports 100,000 entries, then updates them all on a second import", async () => {
    const inputs = Array.from({ length: 100_000 }, (_, i) => entry(i));
    expect(await upsertSources(database.db, inputs)).toEqual({ added: 100_000, updated: 0 });
    expect(await database.db.source.count()).toBe(100_000);

    const renamed = inputs.map((input, i) => ({ ...input, name: `Renamed ${i}` }));
    renamed.push(entry(100_000));
    expect(await upsertSources(database.db, renamed)).toEqual({ added: 1, updated: 100_000 });
    expect(await database.db.source.count()).toBe(100_001);
    expect(await database.db.source.findFirstOrThrow({ where: { url: "https://provider-99999.example/pricing" } })).toMatchObject({ name: "Renamed 99999" });
  }, 180_000);

  it("stores every field, and an entry listed twice counts once with the later values", async () => {
    const url = "https://twice.example/pricing";
    const result = await upsertSources(database.db, [
      entry(1, { url, name: "first" }),
      entry(2, { url, name: "second", provider: "acme", fetchMode: "browser", selector: "main", ignorePatterns: ["^Updated", "a,b"], enabled: false }),
    ]);
    expect(result).toEqual({ added: 1, updated: 0 });
    const stored = await database.db.source.findUniqueOrThrow({ where: { kind_url: { kind: "page", url } } });
    expect(stored).toMatchObject({ name: "second", provider: "acme", fetchMode: "browser", selector: "main", ignorePatterns: ["^Updated", "a,b"], enabled: false, schedule: "0 */6 * * *" });
    expect(stored.id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
