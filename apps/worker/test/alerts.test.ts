// Alerts end to end on a real Postgres and a real SMTP server: rules select events, the outbox holds
// each alert once, the sender delivers it through SMTP, an outage only delays it, failure streaks and
// digests alert once per streak and per slot.
import { createAlertRule, createSource, recordCheckResult, type CheckResult, type Db } from "@ratecard/db";
import { createTestDatabase, type TestDatabase } from "@ratecard/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createAlertSender } from "../src/alerts/create-alert-sender";
import { createAlertTransports } from "../src/alerts/create-alert-transports";
import { enqueueAlerts } from "../src/alerts/enqueue-alerts";
import { enqueueDueDigests } from "../src/alerts/enqueue-due-digests";
import { enqueueEventAlerts } from "../src/alerts/enqueue-event-alerts";
import { enqueueFailureAlerts } from "../src/alerts/enqueue-failure-alerts";
import { createPriceAnalyser } from "../src/jobs/analyse-prices";
import { buildWeeklyTractionReport } from "../src/alerts/build-weekly-traction-report";
import { enqueueTractionReports } from "../src/alerts/enqueue-traction-reports";
import { HOSTILE, seedEvent, seedSource } from "./alerts-seed";
import { startSmtpTestServer, type SmtpTestServer } from "./smtp-test-server";

let database: TestDatabase;
let db: Db;
let smtp: SmtpTestServer;
const FROM = "ratecard <alerts@ratecard.test>";
const BASE_URL = "https://ratecard.example.com";
const hourAgo = () => new Date(Date.now() - 3_600_000);
const logs: string[] = [];

function sender(options: { smtpUrl?: string; now?: () => Date } = {}) {
  const transport = createAlertTransports({ smtpUrl: options.smtpUrl ?? smtp.url, from: FROM, allowPrivateHosts: true });
  return createAlertSender({ db, transport, now: options.now ?? (() => new Date()), log: (line) => logs.push(line), baseUrl: BASE_URL });
}

beforeAll(async () => {
  [database, smtp] = await Promise.all([createTestDatabase(), startSmtpTestServer()]);
  db = database.db;
});
afterAll(async () => {
  await smtp?.close();
  await database?.drop();
});
beforeEach(async () => {
  // Each test starts with no rules, no sources or events, and an empty outbox.
  await db.alertRule.deleteMany();
  await db.source.deleteMany();
  smtp.received.length = 0;
  smtp.refuseWith(null);
  smtp.delayData(0);
});

describe("price-change emails", () => {
  it("emails a matching change once: recipients, the change in words, old and new with evidence, a diff link, scraped text escaped", async () => {
    const rule = await createAlertRule(db, { name: "Anthropic watch", recipients: ["cto@example.com", "pm@example.com"], providers: ["anthropic"], createdAt: hourAgo() });
    const source = await seedSource(db, { name: "Anthropic pricing" });
    const event = await seedEvent(db, source, { detectedAt: new Date(), newEvidence: `| Claude Opus 4.6 | Input: $5 / MTok | Input: $5 / MTok | ${HOSTILE}` });

    expect(await enqueueAlerts({ db, now: new Date() })).toBe(1);
    expect(await enqueueAlerts({ db, now: new Date() })).toBe(0);
    expect(await sender().runOnce()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await sender().runOnce()).toEqual({ sent: 0, retrying: 0, failed: 0 });

    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    const row = await db.alertDelivery.findFirstOrThrow({ where: { ruleId: rule.id } });
    expect(row).toMatchObject({ status: "sent", attempts: 1, eventId: event.id, dedupeKey: `event:${event.id}`, kind: "event", channel: "email" });
    expect(mail.messageId).toBe(row.messageId);
    expect(mail.to.sort()).toEqual(["cto@example.com", "pm@example.com"]);
    expect(mail.from).toContain("alerts@ratecard.test");
    expect(mail.subject).toBe("[ratecard] Anthropic: Claude Opus 4.6 input, prompts > 200K tokens, $10.00 → $5.00 per 1M tokens (−50%)");
    expect(mail.text).toContain("$10.00 → $5.00 per 1M tokens (−50%)");
    expect(mail.text).toContain("Before: $10.00 per 1M tokens");
    expect(mail.text).toContain("| Claude Opus 4.6 | Input: $5 / MTok | Input: $10 / MTok |");
    expect(mail.text).toContain(`Diff: ${BASE_URL}/sources/${source.id}?from=${event.fromSnapshotId}&to=${event.toSnapshotId}`);
    // The hostile evidence arrives as text: no script element, no link to evil, only the diff link.
    expect(mail.html).not.toMatch(/<script/i);
    expect(mail.html).not.toContain('href="http://evil"');
    expect(mail.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect([...mail.html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((m) => m[1])).toEqual([`${BASE_URL}/sources/${source.id}?from=${event.fromSnapshotId}&amp;to=${event.toSnapshotId}`]);
  });

  it("applies each of the rule's filters to stored events", async () => {
    const source = await seedSource(db);
    const createdAt = hourAgo();
    const base = { recipients: ["x@example.com"], createdAt };
    const rules = {
      otherSource: await createAlertRule(db, { ...base, name: "other source", sourceIds: [(await seedSource(db)).id] }),
      thisSource: await createAlertRule(db, { ...base, name: "this source", sourceIds: [source.id] }),
      openai: await createAlertRule(db, { ...base, name: "openai", providers: ["openai"] }),
      opus: await createAlertRule(db, { ...base, name: "opus", modelPatterns: ["claude opus *"] }),
      gpt: await createAlertRule(db, { ...base, name: "gpt", modelPatterns: ["gpt-*"] }),
      increases: await createAlertRule(db, { ...base, name: "increases", eventKinds: ["price_increase"] }),
      big: await createAlertRule(db, { ...base, name: "big", minPctChange: 60 }),
      half: await createAlertRule(db, { ...base, name: "half", minPctChange: 50 }),
      up: await createAlertRule(db, { ...base, name: "up", direction: "up" }),
      down: await createAlertRule(db, { ...base, name: "down", direction: "down" }),
      digest: await createAlertRule(db, { ...base, name: "digest", cadence: "daily" }),
      off: await createAlertRule(db, { ...base, name: "off", enabled: false }),
    };
    await seedEvent(db, source, { detectedAt: new Date() });
    await enqueueAlerts({ db, now: new Date() });
    const rows = await db.alertDelivery.findMany({ select: { ruleId: true } });
    const matched = Object.entries(rules)
      .filter(([, rule]) => rows.some((row) => row.ruleId === rule.id))
      .map(([name]) => name);
    expect(matched.sort()).toEqual(["down", "half", "opus", "thisSource"]);
  });

  it("enqueues inside the events' transaction, and the periodic scan then finds nothing to add", async () => {
    const rule = await createAlertRule(db, { name: "all", recipients: ["x@example.com"], webhookUrl: "https://hooks.example.com/x", createdAt: hourAgo() });
    const event = await seedEvent(db, await seedSource(db), { detectedAt: new Date() });
    expect(await db.$transaction((tx) => enqueueEventAlerts(tx, [event.id]))).toBe(2); // email and webhook rows
    expect(await enqueueAlerts({ db, now: new Date() })).toBe(0);
    expect((await db.alertDelivery.findMany({ where: { ruleId: rule.id } })).map((r) => r.dedupeKey).sort()).toEqual([`event:${event.id}`, `event:${event.id}#webhook`]);
  });

  it("does not alert a new rule about events from before it existed", async () => {
    const source = await seedSource(db);
    await seedEvent(db, source, { detectedAt: new Date(Date.now() - 2 * 3_600_000) });
    await createAlertRule(db, { name: "new", recipients: ["x@example.com"], createdAt: hourAgo() });
    expect(await enqueueAlerts({ db, now: new Date() })).toBe(0);
  });
});

describe("SMTP outages", () => {
  it("a server answering 451 delays the alert with back-off; it arrives once when the server accepts", async () => {
    let clock = Date.now();
    const now = () => new Date(clock);
    const rule = await createAlertRule(db, { name: "outage", recipients: ["ops@example.com"], createdAt: hourAgo() });
    await seedEvent(db, await seedSource(db), { detectedAt: new Date() });
    await enqueueAlerts({ db, now: now() });
    const alertSender = sender({ now });

    smtp.refuseWith(451);
    expect(await alertSender.runOnce()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    let row = await db.alertDelivery.findFirstOrThrow({ where: { ruleId: rule.id } });
    expect(row).toMatchObject({ status: "pending", attempts: 1, lockedUntil: null });
    expect(row.lastError).toMatch(/451/);
    const firstDelay = row.nextAttemptAt.getTime() - clock;
    expect(firstDelay).toBeGreaterThanOrEqual(30_000);
    expect(firstDelay).toBeLessThanOrEqual(33_000);
    const messageId = row.messageId;
    expect(messageId).toMatch(/^<alert-.+@ratecard\.test>$/);

    // Not due yet: nothing is tried.
    const attempts = smtp.attempts();
    expect(await alertSender.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(smtp.attempts()).toBe(attempts);

    clock += firstDelay;
    expect(await alertSender.runOnce()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    row = await db.alertDelivery.findFirstOrThrow({ where: { ruleId: rule.id } });
    const secondDelay = row.nextAttemptAt.getTime() - clock;
    expect(row.attempts).toBe(2);
    expect(secondDelay).toBeGreaterThanOrEqual(60_000);
    expect(secondDelay).toBeLessThanOrEqual(66_000);

    smtp.refuseWith(null);
    clock += secondDelay;
    expect(await alertSender.runOnce()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    row = await db.alertDelivery.findFirstOrThrow({ where: { ruleId: rule.id } });
    expect(row).toMatchObject({ status: "sent", attempts: 3, messageId, lastError: null });
    expect(smtp.received.map((m) => m.messageId)).toEqual([messageId]);
  });

  it("a server that is not listening delays the alert until it is", async () => {
    const probe = await startSmtpTestServer();
    const port = probe.port;
    await probe.close();
    let clock = Date.now();
    const now = () => new Date(clock);
    const rule = await createAlertRule(db, { name: "down", recipients: ["ops@example.com"], createdAt: hourAgo() });
    await seedEvent(db, await seedSource(db), { detectedAt: new Date() });
    await enqueueAlerts({ db, now: now() });
    const alertSender = sender({ smtpUrl: `smtp://127.0.0.1:${port}`, now });
    expect(await alertSender.runOnce()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const row = await db.alertDelivery.findFirstOrThrow({ where: { ruleId: rule.id } });
    expect(row.lastError).toMatch(/ECONNREFUSED|ECONNECTION/);

    const back = await startSmtpTestServer({ port });
    try {
      clock = row.nextAttemptAt.getTime();
      expect(await alertSender.runOnce()).toEqual({ sent: 1, retrying: 0, failed: 0 });
      expect(back.received).toHaveLength(1);
      expect(back.received[0]!.messageId).toBe(row.messageId);
    } finally {
      await back.close();
    }
  });

  it("a recipient the server refuses for good (550) marks the alert failed, without retrying", async () => {
    const rule = await createAlertRule(db, { name: "refused", recipients: ["nobody@example.com"], createdAt: hourAgo() });
    await seedEvent(db, await seedSource(db), { detectedAt: new Date() });
    await enqueueAlerts({ db, now: new Date() });
    smtp.refuseWith(550);
    expect(await sender().runOnce()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(await db.alertDelivery.findFirstOrThrow({ where: { ruleId: rule.id } })).toMatchObject({ status: "failed", attempts: 1 });
  });
});

describe("failure alerts", () => {
  it("three failed checks in a row send one alert, a fourth nothing, a success one recovery", async () => {
    const source = await seedSource(db, { name: "Mistral pricing", provider: "mistral" });
    const rule = await createAlertRule(db, { name: "ops", recipients: ["ops@example.com"], createdAt: new Date(Date.now() - 7 * 3_600_000) });
    let minute = 0;
    const at = () => new Date(Date.now() - 6 * 3_600_000 + ++minute * 60_000);
    const record = (result: CheckResult) => {
      const time = at();
      return recordCheckResult(db, { sourceId: source.id, startedAt: time, finishedAt: time, result });
    };
    const failed: CheckResult = { kind: "failed", engine: "http", httpStatus: 503, finalUrl: null, error: "HTTP 503 from mistral.ai" };
    const blocked: CheckResult = { kind: "blocked", engine: "http", httpStatus: 403, finalUrl: null, error: "bot challenge page" };
    const content = (text: string): CheckResult => ({ kind: "content", engine: "http", httpStatus: 200, finalUrl: null, contentType: "text/plain", rawBody: text, normalizedText: text, contentHash: text });
    const enqueue = () => enqueueFailureAlerts(db, new Date());

    await record(content("v1"));
    const first = await record(failed);
    await record(failed);
    expect(await enqueue()).toBe(0);
    await record(blocked);
    expect(await enqueue()).toBe(1);
    expect(await enqueue()).toBe(0);
    await record(failed);
    expect(await enqueue()).toBe(0);
    await record(content("v1"));
    expect(await enqueue()).toBe(1);
    await record(content("v2"));
    expect(await enqueue()).toBe(0);

    const rows = await db.alertDelivery.findMany({ where: { ruleId: rule.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.kind, r.dedupeKey])).toEqual([
      ["failure", `failure:${source.id}:${first.check.id}`],
      ["recovery", `recovery:${source.id}:${first.check.id}`],
    ]);
    await sender().runOnce();
    expect(smtp.received.map((m) => m.subject).sort()).toEqual([
      "[ratecard] Mistral pricing is failing: 3 checks in a row blocked",
      "[ratecard] Mistral pricing works again after 4 checks that failed",
    ]);
  });
});

describe("extraction degraded alerts", () => {
  const page = ["# Acme pricing", "", "| Model | Input | Output |", "|---|---|---|", "| Acme Large 2 | $3 / MTok | $15 / MTok |", "| Acme Medium 2 | $1 / MTok | $5 / MTok |", "| Acme Small 2 | $0.25 / MTok | $1.25 / MTok |", ""].join("\n");
  // The prices move into scripts: the rows (and model names) stay, their cells are placeholders.
  const broken = page.replace(/\$[0-9.]+ \/ MTok/g, "{price}");
  const content = (text: string): CheckResult => ({ kind: "content", engine: "http", httpStatus: 200, finalUrl: null, contentType: "text/markdown", rawBody: text, normalizedText: text, contentHash: text });

  async function recordVersions(texts: string[]) {
    const source = await seedSource(db, { name: "Acme pricing", provider: "acme" });
    const snapshots = [];
    let minute = 0;
    for (const text of texts) {
      const time = new Date(Date.now() - 3 * 3_600_000 + ++minute * 60_000);
      const recorded = await recordCheckResult(db, { sourceId: source.id, startedAt: time, finishedAt: time, result: content(text), analyse: createPriceAnalyser(source, time) });
      snapshots.push(recorded.snapshot!);
    }
    return { source, snapshots };
  }

  it("a degraded version gets one alert per rule and channel however many ticks run; rules whose kinds leave it out none", async () => {
    const createdAt = new Date(Date.now() - 7 * 3_600_000);
    const ops = await createAlertRule(db, { name: "ops", recipients: ["ops@example.com"], webhookUrl: "https://hooks.example.com/ops", createdAt });
    const degradedOnly = await createAlertRule(db, { name: "degraded only", recipients: ["pm@example.com"], eventKinds: ["extraction_degraded"], createdAt });
    const changesOnly = await createAlertRule(db, { name: "changes only", recipients: ["cfo@example.com"], eventKinds: ["price_decrease", "source_failure"], createdAt });
    const { source, snapshots } = await recordVersions([page, page.replace("$15 / MTok", "$12 / MTok"), broken]);
    expect(snapshots.map((s) => s.cardStatus)).toEqual(["ok", "ok", "degraded"]);
    const degraded = snapshots[2]!;

    // Two ticks, as two workers' schedulers would run them.
    await Promise.all([enqueueAlerts({ db, now: new Date() }), enqueueAlerts({ db, now: new Date() })]);
    await enqueueAlerts({ db, now: new Date() });
    const rows = await db.alertDelivery.findMany({ where: { kind: "degraded" }, orderBy: [{ ruleId: "asc" }, { channel: "asc" }] });
    expect(rows.map((r) => [r.ruleId, r.channel, r.dedupeKey]).sort()).toEqual(
      [
        [ops.id, "email", `degraded:${degraded.id}`],
        [ops.id, "webhook", `degraded:${degraded.id}#webhook`],
        [degradedOnly.id, "email", `degraded:${degraded.id}`],
      ].sort(),
    );
    expect(await db.alertDelivery.count({ where: { ruleId: changesOnly.id, kind: "degraded" } })).toBe(0);

    await db.alertDelivery.deleteMany({ where: { channel: "webhook" } });
    await sender().runOnce();
    const mails = smtp.received.filter((m) => m.subject.includes("extraction degraded"));
    expect(mails.map((m) => m.to.join(",")).sort()).toEqual(["ops@example.com", "pm@example.com"]);
    const mail = mails[0]!;
    expect(mail.subject).toBe("[ratecard] Acme pricing: extraction degraded, 6 of 6 prices not read");
    expect(mail.text).toContain("Prices not read: 6 of 6 prices of the previous version");
    expect(mail.text).toContain("Models the page still names: Acme Large 2, Acme Medium 2, Acme Small 2");
    expect(mail.text).toContain(`Version seen: ${degraded.firstSeenAt.toISOString()}`);
    expect(mail.text).toContain(`Dashboard: ${BASE_URL}/sources/${source.id}`);
  });

  it("an ok version, and a degraded one seen before the rule existed, alert nobody", async () => {
    await recordVersions([page, page.replace("$15 / MTok", "$12 / MTok")]);
    const { snapshots } = await recordVersions([page, broken]);
    expect(snapshots[1]!.cardStatus).toBe("degraded");
    await createAlertRule(db, { name: "new rule", recipients: ["ops@example.com"], createdAt: new Date() });
    await enqueueAlerts({ db, now: new Date() });
    await enqueueAlerts({ db, now: new Date() });
    expect(await db.alertDelivery.count({ where: { kind: "degraded" } })).toBe(0);
  });

  it("sends scraped model names in the degraded email as text, never markup", async () => {
    await createAlertRule(db, { name: "ops", recipients: ["ops@example.com"], createdAt: hourAgo() });
    const source = await seedSource(db, { name: "Hostile pricing" });
    const now = new Date();
    await db.snapshot.create({
      data: {
        sourceId: source.id, contentHash: "degraded", rawBody: "x", normalizedText: "x", firstSeenAt: now, lastSeenAt: now, cardStatus: "degraded",
        cardWarnings: ["extraction degraded: 5 of 8 prices"], cardHealth: { lostPrices: 5, previousPrices: 8, lostModels: ["<img src=x onerror=alert(1)>", HOSTILE] },
      },
    });
    expect(await enqueueAlerts({ db, now })).toBe(1);
    await sender().runOnce();
    const mail = smtp.received[0]!;
    expect(mail.subject).toBe("[ratecard] Hostile pricing: extraction degraded, 5 of 8 prices not read");
    expect(mail.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(mail.html).not.toMatch(/<img\b|<script/i);
    expect(mail.text).toContain("Models the page still names: <img src=x onerror=alert(1)>");
  });
});

describe("digests", () => {
  it("builds a daily 09:00 Europe/Berlin digest once per day, at the right UTC hour across the DST change, grouped by provider", async () => {
    const rule = await createAlertRule(db, { name: "daily", recipients: ["team@example.com"], cadence: "daily", digestHour: 9, timeZone: "Europe/Berlin", createdAt: new Date("2026-03-27T12:00:00Z") });
    const anthropic = await seedSource(db, { name: "Anthropic pricing", provider: "anthropic" });
    const openai = await seedSource(db, { name: "OpenAI pricing", provider: "openai" });
    await seedEvent(db, anthropic, { detectedAt: new Date("2026-03-28T10:00:00Z") });
    await seedEvent(db, openai, { detectedAt: new Date("2026-03-28T20:00:00Z"), model: "gpt-5", summary: "OpenAI: gpt-5 output, $10.00 → $8.00 per 1M tokens (−20%)", pctChange: -20 });
    await seedEvent(db, anthropic, { detectedAt: new Date("2026-03-29T06:30:00Z"), kind: "model_added", summary: "Anthropic added model Claude Haiku 5", pctChange: null, oldValue: null });
    await seedEvent(db, anthropic, { detectedAt: new Date("2026-03-29T07:30:00Z"), summary: "Anthropic: later change" });

    // Saturday 08:30 CET: the last 09:00 was before the rule existed.
    expect(await enqueueDueDigests(db, new Date("2026-03-28T07:30:00Z"))).toBe(0);
    // Saturday 09:05 CET (08:05 UTC): the slot passes with nothing in it; no email, but it is taken.
    expect(await enqueueDueDigests(db, new Date("2026-03-28T08:05:00Z"))).toBe(0);
    expect((await db.alertRule.findUniqueOrThrow({ where: { id: rule.id } })).lastDigestAt?.toISOString()).toBe("2026-03-28T08:00:00.000Z");
    // Sunday 08:05 CEST is 06:05 UTC: not yet 09:00 in Berlin.
    expect(await enqueueDueDigests(db, new Date("2026-03-29T06:05:00Z"))).toBe(0);
    // Sunday 09:05 CEST = 07:05 UTC, an hour earlier in UTC than the day before.
    expect(await enqueueDueDigests(db, new Date("2026-03-29T07:05:00Z"))).toBe(1);
    expect(await enqueueDueDigests(db, new Date("2026-03-29T07:45:00Z"))).toBe(0);
    const row = await db.alertDelivery.findFirstOrThrow({ where: { ruleId: rule.id } });
    expect(row).toMatchObject({ kind: "digest", dedupeKey: "digest:2026-03-29T07:00:00.000Z" });

    await sender().runOnce();
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.subject).toBe("[ratecard] Daily digest: 3 changes (Anthropic, OpenAI)");
    expect(mail.text).toMatch(/Anthropic\n-+\n- Anthropic: Claude Opus 4\.6 input.*\n.*\n- Anthropic added model Claude Haiku 5[\s\S]*OpenAI\n-+\n- OpenAI: gpt-5 output/);
    expect(mail.text).not.toContain("later change");
  });

  it("builds a weekly digest on Mondays only", async () => {
    const rule = await createAlertRule(db, { name: "weekly", recipients: ["team@example.com"], cadence: "weekly", digestHour: 9, digestWeekday: 1, timeZone: "Europe/Berlin", createdAt: new Date("2026-03-20T00:00:00Z") });
    const source = await seedSource(db);
    await seedEvent(db, source, { detectedAt: new Date("2026-03-21T10:00:00Z") });
    await seedEvent(db, source, { detectedAt: new Date("2026-03-25T10:00:00Z") });
    expect(await enqueueDueDigests(db, new Date("2026-03-22T12:00:00Z"))).toBe(0); // Sunday
    expect(await enqueueDueDigests(db, new Date("2026-03-23T08:05:00Z"))).toBe(1); // Monday 09:05 CET
    expect(await enqueueDueDigests(db, new Date("2026-03-27T12:00:00Z"))).toBe(0); // Friday
    expect(await enqueueDueDigests(db, new Date("2026-03-30T07:05:00Z"))).toBe(1); // Monday 09:05 CEST
    const rows = await db.alertDelivery.findMany({ where: { ruleId: rule.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => r.dedupeKey)).toEqual(["digest:2026-03-23T08:00:00.000Z", "digest:2026-03-30T07:00:00.000Z"]);
    expect(rows.map((r) => (r.payload as { message: { events: unknown[] } }).message.events.length)).toEqual([1, 1]);
  });
});

describe("weekly traction report", () => {
  it("sends the traction report once a week to rules that ask for it", async () => {
    const rule = await createAlertRule(db, { name: "traction", recipients: ["ceo@example.com"], tractionReport: true, eventKinds: ["source_failure"], createdAt: new Date("2026-11-01T00:00:00Z") });
    await createAlertRule(db, { name: "no traction", recipients: ["x@example.com"], createdAt: new Date("2026-11-01T00:00:00Z") });
    const repo = await createSource(db, { kind: "github_repo", name: "acme/widget", url: "https://github.com/acme/widget", schedule: "0 3 * * *" });
    for (const [at, value] of [["2026-10-20", 100], ["2026-11-16", 150], ["2026-11-23", 210]] as const) {
      await db.metricSample.create({ data: { sourceId: repo.id, metric: "stars", value, at: new Date(`${at}T00:00:00Z`) } });
    }
    // Monday 09:00 UTC by default.
    expect(await enqueueTractionReports(db, new Date("2026-11-23T08:55:00Z"), buildWeeklyTractionReport)).toBe(1); // last week's slot, after the rule was made
    expect(await enqueueTractionReports(db, new Date("2026-11-23T09:05:00Z"), buildWeeklyTractionReport)).toBe(1);
    expect(await enqueueTractionReports(db, new Date("2026-11-25T12:00:00Z"), buildWeeklyTractionReport)).toBe(0);
    const rows = await db.alertDelivery.findMany({ where: { kind: "traction" }, orderBy: { dedupeKey: "asc" } });
    expect(rows.map((r) => [r.ruleId, r.dedupeKey])).toEqual([
      [rule.id, "traction:2026-11-16T09:00:00.000Z"],
      [rule.id, "traction:2026-11-23T09:00:00.000Z"],
    ]);
    await db.alertDelivery.deleteMany({ where: { dedupeKey: "traction:2026-11-16T09:00:00.000Z" } });

    await sender().runOnce();
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toEqual(["ceo@example.com"]);
    expect(mail.subject).toBe("[ratecard] Weekly traction report, week to 2026-11-23");
    expect(mail.html).toContain("acme/widget");
    expect(mail.html).toMatch(/>210<\/td>/);
    expect(mail.text).toMatch(/\| 1 \| acme\/widget \| stars \| 210 \|/);
  });
});
