// Webhook alerts: the same outbox, posted once as Slack-compatible JSON, under the fetcher's URL guard.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createAlertRule, type Db } from "@ratecard/db";
import { createTestDatabase, type TestDatabase } from "@ratecard/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createAlertSender } from "../src/alerts/create-alert-sender";
import { createWebhookTransport } from "../src/alerts/create-webhook-transport";
import { enqueueAlerts } from "../src/alerts/enqueue-alerts";
import { HOSTILE, seedEvent, seedSource } from "./alerts-seed";

let database: TestDatabase;
let db: Db;
let server: http.Server;
let hookUrl: string;
const requests: { headers: http.IncomingHttpHeaders; body: unknown }[] = [];
let answer = 200;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      requests.push({ headers: request.headers, body: JSON.parse(body) });
      response.writeHead(answer).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  hookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await database?.drop();
});
beforeEach(async () => {
  await db.alertRule.deleteMany();
  await db.source.deleteMany();
  requests.length = 0;
  answer = 200;
});

function sender(allowPrivateHosts: boolean, now = () => new Date()) {
  return createAlertSender({ db, transport: { webhook: createWebhookTransport({ allowPrivateHosts, timeoutMs: 5000 }) }, now, log: () => {}, baseUrl: "https://ratecard.example.com" });
}

describe("webhook alerts", () => {
  it("posts the change once as Slack-compatible JSON with ratecard's fields", async () => {
    const rule = await createAlertRule(db, { name: "slack", recipients: [], webhookUrl: hookUrl, createdAt: new Date(Date.now() - 3_600_000) });
    const source = await seedSource(db);
    const event = await seedEvent(db, source, { detectedAt: new Date(), newEvidence: HOSTILE });
    expect(await enqueueAlerts({ db, now: new Date() })).toBe(1);
    const hook = sender(true);
    expect(await hook.runOnce()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await hook.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 0 });

    expect(requests).toHaveLength(1);
    const row = await db.alertDelivery.findFirstOrThrow({ where: { ruleId: rule.id } });
    expect(row).toMatchObject({ channel: "webhook", dedupeKey: `event:${event.id}#webhook`, status: "sent" });
    const { headers, body } = requests[0]!;
    expect(headers["content-type"]).toBe("application/json");
    expect(headers["x-ratecard-delivery"]).toBe(row.id);
    expect(body).toMatchObject({
      text: expect.stringContaining("Anthropic: Claude Opus 4.6 input, prompts &gt; 200K tokens, $10.00 → $5.00 per 1M tokens (−50%)"),
      blocks: [{ type: "section", text: { type: "mrkdwn" } }],
      ratecard: { version: 1, deliveryId: row.id, kind: "event", rule: "slack", message: { event: { id: event.id, oldValue: 10, newValue: 5, newEvidence: HOSTILE } } },
    });
  });

  it("refuses a webhook on a private address unless private hosts are allowed", async () => {
    const rule = await createAlertRule(db, { name: "internal", recipients: [], webhookUrl: hookUrl, createdAt: new Date(Date.now() - 3_600_000) });
    await seedEvent(db, await seedSource(db), { detectedAt: new Date() });
    await enqueueAlerts({ db, now: new Date() });
    expect(await sender(false).runOnce()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    const row = await db.alertDelivery.findFirstOrThrow({ where: { ruleId: rule.id } });
    expect(row.status).toBe("failed");
    expect(row.lastError).toMatch(/refused to fetch 127\.0\.0\.1: .*private or local address/);
    expect(requests).toHaveLength(0);
  });

  it("retries a webhook answering 503 and posts once when it answers 200", async () => {
    let clock = Date.now();
    const now = () => new Date(clock);
    const rule = await createAlertRule(db, { name: "flaky", recipients: [], webhookUrl: hookUrl, createdAt: new Date(Date.now() - 3_600_000) });
    await seedEvent(db, await seedSource(db), { detectedAt: new Date() });
    await enqueueAlerts({ db, now: now() });
    answer = 503;
    const hook = sender(true, now);
    expect(await hook.runOnce()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    answer = 200;
    clock = (await db.alertDelivery.findFirstOrThrow({ where: { ruleId: rule.id } })).nextAttemptAt.getTime();
    expect(await hook.runOnce()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(requests.map((r) => r.headers["x-ratecard-delivery"])).toEqual([requests[0]!.headers["x-ratecard-delivery"], requests[0]!.headers["x-ratecard-delivery"]]);
    expect(await db.alertDelivery.findFirstOrThrow({ where: { ruleId: rule.id } })).toMatchObject({ status: "sent", attempts: 2 });
  });
});
