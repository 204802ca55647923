// The CLI's one line for an error: the first non-empty line, or for Prisma's framed messages the line
// that says what happened (the probe saw "ratecard: " alone for a message that started with a newline).
import { randomBytes } from "node:crypto";
import { createSource } from "@ratecard/db";
import { createTestDatabase, type TestDatabase } from "@ratecard/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorLine } from "../src/error-line";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

describe("errorLine", () => {
  it("takes the first non-empty line of a message that starts with a newline", () => {
    expect(errorLine(new Error("\n\n  the import failed: 3 entries\n  detail"))).toBe("the import failed: 3 entries");
    expect(errorLine("\nplain text\n")).toBe("plain text");
  });

  it("never prints an empty line", () => {
    expect(errorLine(new Error("\n \n"))).toBe("unknown error (set RATECARD_DEBUG=1 for details)");
    const named = new Error("");
    named.name = "TimeoutError";
    expect(errorLine(named)).toBe("TimeoutError");
  });

  it("gives what went wrong for a real Prisma error, not its code frame", async () => {
    // Bypasses validation on purpose: the database itself refuses a key this long.
    const error = await createSource(database.db, { kind: "page", name: "long", url: `https://example.com/${randomBytes(5_000).toString("hex")}`, schedule: "@daily" }).catch((e: unknown) => e);
    expect((error as Error).message.startsWith("\n")).toBe(true);
    expect(errorLine(error)).toMatch(/index row (size|requires)/);
  });
});
