// An SMTP server that accepts connections but never answers (a hung relay) times out; the alert backs
// off like a refused connection, and once a working server is up on that port it is sent exactly once.
import net from "node:net";
import { createAlertRule, type Db } from "@ratecard/db";
import { createTestDatabase, type TestDatabase } from "@ratecard/db/testing";
import { createSmtpTransport } from "@ratecard/email";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAlertSender } from "../src/alerts/create-alert-sender";
import { enqueueAlerts } from "../src/alerts/enqueue-alerts";
import { seedEvent, seedSource } from "./alerts-seed";
import { startSmtpTestServer } from "./smtp-test-server";

let database: TestDatabase;
let db: Db;
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
});
afterAll(async () => {
  await database?.drop();
});

describe("an SMTP server that does not answer", () => {
  it("times out, backs off, and sends the alert once when a server answers", async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as net.AddressInfo).port;

    let clock = Date.now();
    const now = () => new Date(clock);
    const rule = await createAlertRule(db, { name: "hung", recipients: ["ops@example.com"], createdAt: new Date(clock - 3_600_000) });
    await seedEvent(db, await seedSource(db), { detectedAt: new Date() });
    expect(await enqueueAlerts({ db, now: now() })).toBe(1);
    const email = createSmtpTransport({ url: `smtp://127.0.0.1:${port}`, from: "ratecard <alerts@ratecard.test>", timeoutMs: 1500 });
    const sender = createAlertSender({ db, transport: { email }, now, log: () => {} });
    try {
      expect(await sender.runOnce()).toEqual({ sent: 0, retrying: 1, failed: 0 });
      const row = await db.alertDelivery.findFirstOrThrow({ where: { ruleId: rule.id } });
      expect(row).toMatchObject({ status: "pending", attempts: 1 });
      expect(row.lastError).toMatch(/time|greeting/i);
      expect(row.nextAttemptAt.getTime()).toBeGreaterThan(clock);

      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
      const back = await startSmtpTestServer({ port });
      try {
        clock = row.nextAttemptAt.getTime();
        expect(await sender.runOnce()).toEqual({ sent: 1, retrying: 0, failed: 0 });
        expect(await sender.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 0 });
        expect(back.received.map((m) => m.messageId)).toEqual([row.messageId]);
        expect(await db.alertDelivery.findFirstOrThrow({ where: { ruleId: rule.id } })).toMatchObject({ status: "sent", attempts: 2 });
      } finally {
        await back.close();
      }
    } finally {
      email.close();
    }
  });
});
