import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/create-test-database";
import { changeUserRole } from "./change-user-role";
import { createSession } from "./create-session";
import { createUser } from "./create-user";
import { findSessionUser } from "./find-session-user";
import { removeUser } from "./remove-user";
import { resetUserPassword } from "./reset-user-password";
import { createApiToken } from "../api-tokens/create-api-token";
import { findApiTokenUser } from "../api-tokens/find-api-token-user";
import { verifyPassword } from "./verify-password";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

const now = new Date("2026-01-01T00:00:00Z");

describe("changing users", () => {
  it("never leaves the database without an admin, even when two admins demote each other at once", async () => {
    const { db } = testDb;
    const first = await createUser(db, { email: "first@example.com", password: "password-one", role: "admin" });
    expect(await changeUserRole(db, { userId: first.id, role: "viewer" })).toEqual({ ok: false, reason: "last-admin" });
    const second = await createUser(db, { email: "second@example.com", password: "password-two", role: "viewer" });
    expect(await changeUserRole(db, { userId: second.id, role: "admin" })).toEqual({ ok: true });

    const results = await Promise.all([changeUserRole(db, { userId: first.id, role: "viewer" }), changeUserRole(db, { userId: second.id, role: "viewer" })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "last-admin" }]);
    expect(await db.user.count({ where: { role: "admin" } })).toBe(1);

    const admin = (await db.user.findFirstOrThrow({ where: { role: "admin" } })).id;
    const other = admin === first.id ? second.id : first.id;
    expect(await removeUser(db, { userId: admin, actorId: other })).toEqual({ ok: false, reason: "last-admin" });
    expect(await removeUser(db, { userId: admin, actorId: admin })).toEqual({ ok: false, reason: "self" });
    expect(await changeUserRole(db, { userId: "not-a-uuid", role: "admin" })).toEqual({ ok: false, reason: "not-found" });
  });

  it("removes a user with their sessions", async () => {
    const { db } = testDb;
    const admin = await createUser(db, { email: "boss@example.com", password: "password-boss", role: "admin" });
    const user = await createUser(db, { email: "leaver@example.com", password: "password-leaver", role: "viewer" });
    const { token } = await createSession(db, { userId: user.id, now, ttlMs: 60_000 });
    expect(await removeUser(db, { userId: user.id, actorId: admin.id })).toEqual({ ok: true });
    expect(await findSessionUser(db, token, now)).toBeNull();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await removeUser(db, { userId: user.id, actorId: admin.id })).toEqual({ ok: false, reason: "not-found" });
  });

  it("resets a password: the old one stops working, sessions end (except the one kept) and API tokens are revoked", async () => {
    const { db } = testDb;
    const user = await createUser(db, { email: "forgetful@example.com", password: "old-password", role: "viewer" });
    const token = await createApiToken(db, { userId: user.id, name: "made with the old password", now });
    expect(await findApiTokenUser(db, token.token, now)).not.toBeNull();
    const a = await createSession(db, { userId: user.id, now, ttlMs: 60_000 });
    const b = await createSession(db, { userId: user.id, now, ttlMs: 60_000 });
    expect(await resetUserPassword(db, { userId: user.id, password: "new-password", keepSessionToken: b.token })).toEqual({ ok: true });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword("old-password", stored.passwordHash)).toBe(false);
    expect(await verifyPassword("new-password", stored.passwordHash)).toBe(true);
    expect(await findSessionUser(db, a.token, now)).toBeNull();
    expect(await findSessionUser(db, b.token, now)).not.toBeNull();
    expect(await findApiTokenUser(db, token.token, now)).toBeNull();
  });
});
