// A sender process killed mid-send neither loses an alert nor sends it twice: the next sender takes
// the row over when its lease ends, with the Message-ID fixed before the first attempt.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { createAlertRule, type Db } from "@ratecard/db";
import { createTestDatabase, type TestDatabase } from "@ratecard/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { enqueueAlerts } from "../src/alerts/enqueue-alerts";
import { seedEvent, seedSource } from "./alerts-seed";
import { startSmtpTestServer, type SmtpTestServer } from "./smtp-test-server";

const tsx = createRequire(import.meta.url).resolve("tsx");
const CHILD = path.resolve(import.meta.dirname, "alerts-sender-child.ts");
const LEASE_MS = 2000;

let database: TestDatabase;
let db: Db;
let smtp: SmtpTestServer;
const children: ChildProcess[] = [];

function startSender(mode?: "crash-after-accept"): ChildProcess {
  const child = spawn(process.execPath, ["--import", tsx, CHILD, database.url, smtp.url, String(LEASE_MS), ...(mode ? [mode] : [])], { stdio: ["ignore", "pipe", "pipe"] });
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(chunk));
  children.push(child);
  return child;
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve())));
}

async function until(condition: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  [database, smtp] = await Promise.all([createTestDatabase(), startSmtpTestServer()]);
  db = database.db;
});
afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await exited(child);
  }
  await db.alertRule.deleteMany();
  await db.source.deleteMany();
  smtp.received.length = 0;
  smtp.delayData(0);
  smtp.onDataReceived(null);
});
afterAll(async () => {
  await smtp?.close();
  await database?.drop();
});

async function enqueueChanges(count: number): Promise<string> {
  const rule = await createAlertRule(db, { name: "crash", recipients: ["team@example.com"], createdAt: new Date(Date.now() - 3_600_000) });
  const source = await seedSource(db);
  for (let i = 0; i < count; i++) await seedEvent(db, source, { detectedAt: new Date(), model: `Model ${i}`, summary: `Anthropic: Model ${i} input, $10.00 → $5.00 per 1M tokens (−50%)` });
  expect(await enqueueAlerts({ db, now: new Date() })).toBe(count);
  return rule.id;
}

describe("alert delivery across a killed sender", () => {
  it("a sender killed while the server holds its DATA answer: the next sender sends each change exactly once", async () => {
    const ruleId = await enqueueChanges(3);
    let dataArrived!: () => void;
    const arrived = new Promise<void>((resolve) => (dataArrived = resolve));
    smtp.onDataReceived(() => dataArrived());
    smtp.delayData(4000);

    const first = startSender();
    await arrived;
    first.kill("SIGKILL");
    await exited(first);
    smtp.onDataReceived(null);
    smtp.delayData(0);
    const claimed = await db.alertDelivery.findFirstOrThrow({ where: { ruleId, attempts: 1 } });
    expect(claimed.status).toBe("pending");
    expect(claimed.messageId).toMatch(/^<alert-/);

    startSender();
    await until(async () => (await db.alertDelivery.count({ where: { ruleId, status: "sent" } })) === 3, 30_000);
    // The killed conversation's answer is due now; give it time to (wrongly) count.
    await new Promise((resolve) => setTimeout(resolve, 4500));

    const rows = await db.alertDelivery.findMany({ where: { ruleId } });
    const ids = smtp.received.map((m) => m.messageId).sort();
    expect(ids).toEqual(rows.map((r) => r.messageId).sort());
    expect(new Set(ids).size).toBe(3);
    expect((await db.alertDelivery.findUniqueOrThrow({ where: { id: claimed.id } })).attempts).toBe(2);
  });

  it("a sender killed after the server accepted, before the row was marked: the one resend carries the same Message-ID", async () => {
    // The documented window of at-least-once at the SMTP boundary (see jobs/send-alerts.ts).
    const ruleId = await enqueueChanges(1);
    const crashing = startSender("crash-after-accept");
    await exited(crashing);
    expect(smtp.received).toHaveLength(1);
    expect((await db.alertDelivery.findFirstOrThrow({ where: { ruleId } })).status).toBe("pending");

    startSender();
    await until(async () => (await db.alertDelivery.count({ where: { ruleId, status: "sent" } })) === 1, 30_000);
    const row = await db.alertDelivery.findFirstOrThrow({ where: { ruleId } });
    expect(row.attempts).toBe(2);
    expect(smtp.received).toHaveLength(2);
    expect(smtp.received.map((m) => m.messageId)).toEqual([row.messageId, row.messageId]);
  });
});
