import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/create-test-database";
import { createSession } from "./create-session";
import { createUser } from "./create-user";
import { deleteSession } from "./delete-session";
import { ensureAdminUser } from "./ensure-admin-user";
import { findSessionUser } from "./find-session-user";
import { hashSessionToken } from "./hash-session-token";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

describe("users and sessions", () => {
  it("creates the configured first admin once, and never a second one", async () => {
    const { db } = testDb;
    expect(await ensureAdminUser(db, { email: " Root@Example.com ", password: "first-admin-password" })).toBe(true);
    expect(await ensureAdminUser(db, { email: "root@example.com", password: "first-admin-password" })).toBe(false);
    expect(await ensureAdminUser(db, { email: "other@example.com", password: "first-admin-password" })).toBe(false);
    const admins = await db.user.findMany({ where: { role: "admin" } });
    expect(admins.map((user) => user.email)).toEqual(["root@example.com"]);
  });

  it("finds a session's user until it expires or is deleted, and stores only the token's hash", async () => {
    const { db } = testDb;
    const user = await createUser(db, { email: "viewer@example.com", password: "viewer-password", role: "viewer" });
    const now = new Date("2026-01-01T00:00:00Z");
    const { token, expiresAt } = await createSession(db, { userId: user.id, now, ttlMs: 60_000 });
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(await db.session.findUnique({ where: { id: token } })).toBeNull();
    expect(await db.session.findUnique({ where: { id: hashSessionToken(token) } })).not.toBeNull();

    expect(await findSessionUser(db, token, now)).toEqual({ id: user.id, email: "viewer@example.com", role: "viewer" });
    expect(await findSessionUser(db, token, expiresAt)).toBeNull();
    expect(await findSessionUser(db, "unknown-token", now)).toBeNull();
    await deleteSession(db, token);
    expect(await findSessionUser(db, token, now)).toBeNull();
  });
});
