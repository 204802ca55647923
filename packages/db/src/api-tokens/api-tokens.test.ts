import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../auth/create-user";
import { hashSessionToken } from "../auth/hash-session-token";
import { createTestDatabase, type TestDatabase } from "../testing/create-test-database";
import { createApiToken } from "./create-api-token";
import { findApiTokenUser } from "./find-api-token-user";
import { listApiTokens } from "./list-api-tokens";
import { revokeApiToken } from "./revoke-api-token";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

describe("API tokens", () => {
  it("stores only the token's hash and finds its user until it is revoked", async () => {
    const { db } = testDb;
    const user = await createUser(db, { email: "api-viewer@example.com", password: "viewer-password", role: "viewer" });
    const now = new Date("2026-03-01T10:00:00Z");
    const created = await createApiToken(db, { userId: user.id, name: "CI export", now });
    expect(created.token).toMatch(/^rc_[A-Za-z0-9_-]{43}$/);
    expect(created.token.startsWith(created.prefix)).toBe(true);

    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashSessionToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect(row.lastUsedAt).toBeNull();

    expect(await findApiTokenUser(db, created.token, now)).toEqual({ id: user.id, email: "api-viewer@example.com", role: "viewer" });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt).toEqual(now);
    expect(await findApiTokenUser(db, `${created.token}x`, now)).toBeNull();
    expect(await findApiTokenUser(db, "rc_unknown", now)).toBeNull();

    const listed = await listApiTokens(db, user.id);
    expect(listed.map((token) => token.name)).toEqual(["CI export"]);
    expect(Object.keys(listed[0]!)).not.toContain("tokenHash");

    const later = new Date("2026-03-02T10:00:00Z");
    expect(await revokeApiToken(db, { userId: user.id, tokenId: created.id, now: later })).toBe(true);
    expect(await revokeApiToken(db, { userId: user.id, tokenId: created.id, now: later })).toBe(false);
    expect(await findApiTokenUser(db, created.token, later)).toBeNull();
    expect((await listApiTokens(db, user.id))[0]!.revokedAt).toEqual(later);
  });

  it("refuses an expired token, and lets no one revoke another user's token", async () => {
    const { db } = testDb;
    const owner = await createUser(db, { email: "owner@example.com", password: "owner-password", role: "admin" });
    const other = await createUser(db, { email: "other@example.com", password: "other-password", role: "viewer" });
    const now = new Date("2026-03-01T10:00:00Z");
    const expiresAt = new Date("2026-03-08T10:00:00Z");
    const created = await createApiToken(db, { userId: owner.id, name: "week", now, expiresAt });
    expect((await findApiTokenUser(db, created.token, now))?.id).toBe(owner.id);
    expect(await findApiTokenUser(db, created.token, expiresAt)).toBeNull();

    expect(await revokeApiToken(db, { userId: other.id, tokenId: created.id, now })).toBe(false);
    expect(await revokeApiToken(db, { userId: owner.id, tokenId: "not-a-uuid", now })).toBe(false);
    expect(await listApiTokens(db, other.id)).toEqual([]);
    expect((await listApiTokens(db, owner.id))[0]!.revokedAt).toBeNull();
  });
});
