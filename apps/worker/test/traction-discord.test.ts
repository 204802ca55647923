// Discord invite collection against a local fake of the API serving the real recorded invite responses.
import { createSource } from "@ratecard/db";
import { createTestDatabase, type TestDatabase } from "@ratecard/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordClient } from "../src/collect/create-discord-client";
import { collectDiscord } from "../src/jobs/collect-discord";
import { collectDiscordJob } from "../src/jobs/collect-discord-job";
import { discordFixture, startFakeDiscord, type FakeDiscord } from "./fake-discord-server";
import { testEnv } from "./test-env";

let database: TestDatabase;
let discord: FakeDiscord;

beforeAll(async () => {
  [database, discord] = await Promise.all([createTestDatabase(), startFakeDiscord()]);
});
afterAll(async () => {
  await discord?.close();
  await database?.drop();
});

function deps(at: string) {
  const env = testEnv({ DISCORD_API_URL: discord.apiUrl });
  return { db: database.db, discord: createDiscordClient({ apiUrl: env.DISCORD_API_URL }), now: () => new Date(at) };
}

describe("Discord invite collection", () => {
  it("stores member and online counts from invite links and bare codes", async () => {
    const forsen = await createSource(database.db, { kind: "discord_invite", name: "Forsen", url: "https://discord.gg/forsen", schedule: "0 4 * * *" });
    const pajlada = await createSource(database.db, { kind: "discord_invite", name: "pajlada", url: "qbRE8WR", schedule: "0 4 * * *" });
    const d = deps("2024-11-17T12:00:00Z");
    for (const source of [forsen, pajlada]) expect((await collectDiscord(d, source)).check).toMatchObject({ outcome: "changed", engine: "api", error: null });
    const values = async (sourceId: string) =>
      Object.fromEntries((await database.db.metricSample.findMany({ where: { sourceId } })).map((s) => [s.metric, s.value]));
    // The real captures: forsen 44,960 members / 13,730 online; qbRE8WR 1,515 / 563.
    expect(await values(forsen.id)).toEqual({ discord_members: 44_960, discord_online: 13_730 });
    expect(await values(pajlada.id)).toEqual({ discord_members: 1515, discord_online: 563 });
    expect((await database.db.metricSample.findFirst({ where: { sourceId: forsen.id } }))?.meta).toEqual({ guildId: "97034666673975296", guildName: "Forsen" });

    // A day later the community has grown (derived: the real answer with 40 more members).
    discord.setInvite("forsen", { ...discordFixture("forsen"), approximate_member_count: 45_000 });
    await collectDiscord(deps("2024-11-18T12:00:00Z"), forsen);
    const members = await database.db.metricSample.findMany({ where: { sourceId: forsen.id, metric: "discord_members" }, orderBy: { at: "asc" } });
    expect(members.map((m) => m.value)).toEqual([44_960, 45_000]);
  });

  it("an expired or unknown invite is a failed check that says so, and is not retried", async () => {
    const source = await createSource(database.db, { kind: "discord_invite", name: "gone", url: "https://discord.com/invite/expired123", schedule: "0 4 * * *" });
    const summary = await collectDiscord(deps("2024-11-17T12:00:00Z"), source);
    expect(summary.check).toMatchObject({ outcome: "failed", httpStatus: 404, error: expect.stringMatching(/^Discord invite expired123 is invalid or expired/) });
    expect(summary.retryable).toBe(false);
    expect(discord.hits("expired123")).toBe(1);
    // Through the job handler: recorded, no throw (so pg-boss does not retry it).
    // Its output names the check it recorded (the dashboard's "check now" follows it).
    const handled = await collectDiscordJob.handle(deps("2024-11-17T13:00:00Z"), { sourceId: source.id, slotAt: null });
    const checks = await database.db.check.findMany({ where: { sourceId: source.id, outcome: "failed" }, orderBy: { startedAt: "asc" } });
    expect(checks).toHaveLength(2);
    expect(handled).toEqual({ outcome: "failed", checkId: checks[1]?.id });
  });

  it("a 503 is retried by the queue and recorded once per slot: by the attempt that succeeds, or by the last one", async () => {
    const source = await createSource(database.db, { kind: "discord_invite", name: "pajlada again", url: "https://discord.gg/qbRE8WR", schedule: "0 4 * * *" });
    const job = { sourceId: source.id, slotAt: "2024-11-19T04:00:00.000Z" };
    const checks = () => database.db.check.findMany({ where: { sourceId: source.id }, orderBy: { startedAt: "asc" } });

    // Fails on the first attempt, passes on the second: one check, the good one.
    discord.failNext("qbRE8WR", 1, 503);
    await expect(collectDiscordJob.handle(deps("2024-11-19T04:00:00Z"), job, { retryCount: 0, retryLimit: 2 })).rejects.toThrow(/503/);
    expect(await checks()).toHaveLength(0);
    await expect(collectDiscordJob.handle(deps("2024-11-19T04:01:00Z"), job, { retryCount: 1, retryLimit: 2 })).resolves.toMatchObject({ outcome: "changed" });
    expect((await checks()).map((c) => c.outcome)).toEqual(["changed"]);

    // Fails on every attempt: nothing until the last, which records the one failed check (and still throws).
    const nextSlot = { ...job, slotAt: "2024-11-20T04:00:00.000Z" };
    discord.failNext("qbRE8WR", 3, 503);
    for (const retryCount of [0, 1, 2]) {
      await expect(collectDiscordJob.handle(deps(`2024-11-20T04:0${retryCount}:00Z`), nextSlot, { retryCount, retryLimit: 2 })).rejects.toThrow(/503/);
    }
    expect((await checks()).map((c) => [c.outcome, c.httpStatus])).toEqual([["changed", 200], ["failed", 503]]);
  });

  it("a URL that is not an invite is a failed check naming it, without a request", async () => {
    const source = await createSource(database.db, { kind: "discord_invite", name: "bad", url: "https://example.com/x", schedule: "0 4 * * *" });
    const summary = await collectDiscord(deps("2024-11-17T12:00:00Z"), source);
    expect(summary.check.error).toBe("discord_invite source 'https://example.com/x' is not an invite: expected https://discord.gg/CODE or the bare code");
  });
});
