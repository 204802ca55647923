// `ratecard alerts add|list|remove|test` as command functions: validation messages, storage, and a
// test email through the outbox to a real SMTP server.
import { createTestDatabase, type TestDatabase } from "@ratecard/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { alertsAdd } from "../src/commands/alerts-add";
import { alertsList } from "../src/commands/alerts-list";
import { alertsRemove } from "../src/commands/alerts-remove";
import { alertsTest } from "../src/commands/alerts-test";
import type { Env } from "../src/env";
import { seedSource } from "./alerts-seed";
import { startSmtpTestServer, type SmtpTestServer } from "./smtp-test-server";
import { testEnv } from "./test-env";

let database: TestDatabase;
let smtp: SmtpTestServer;
let env: Env;
const output: string[] = [];

beforeAll(async () => {
  [database, smtp] = await Promise.all([createTestDatabase(), startSmtpTestServer()]);
  env = testEnv({ DATABASE_URL: database.url, SMTP_URL: smtp.url, ALERT_FROM: "ratecard <alerts@ratecard.test>" });
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void output.push(args.join(" ")));
});
afterEach(() => {
  output.length = 0;
});
afterAll(async () => {
  vi.restoreAllMocks();
  await smtp?.close();
  await database?.drop();
});

describe("alerts commands", () => {
  it("adds a rule with every filter, lists it, sends a test email through the outbox, removes it", async () => {
    const source = await seedSource(database.db);
    await alertsAdd(env, {
      name: "Opus cuts",
      email: ["cto@example.com,pm@example.com"],
      source: [source.id.slice(0, 8)],
      provider: ["Anthropic"],
      model: ["claude-opus-*"],
      kinds: ["price_decrease", "source_failure"],
      minPct: "10",
      direction: "down",
      cadence: "daily",
      hour: "9",
      tz: "Europe/Berlin",
    });
    expect(output[0]).toMatch(/^added alert rule [0-9a-f-]{36} \(Opus cuts\): sources [0-9a-f]{8}, providers anthropic, models claude-opus-\*, kinds price_decrease,source_failure, ≥10%, down, failures after 3; daily 09:00 Europe\/Berlin/);
    const rule = await database.db.alertRule.findFirstOrThrow({ where: { name: "Opus cuts" } });
    expect(rule).toMatchObject({ recipients: ["cto@example.com", "pm@example.com"], sourceIds: [source.id], cadence: "daily", digestHour: 9, timeZone: "Europe/Berlin" });

    output.length = 0;
    await alertsList(env, {});
    expect(output.join("\n")).toContain("Opus cuts");
    expect(output.join("\n")).toContain("daily 09:00 Europe/Berlin (next ");

    output.length = 0;
    await alertsTest(env, rule.id.slice(0, 8));
    expect(output[0]).toMatch(/^sent a test alert to cto@example.com, pm@example.com \(Message-ID <alert-.+@ratecard\.test>\)$/);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]).toMatchObject({ subject: '[ratecard] Test alert for rule "Opus cuts"' });
    expect(await database.db.alertDelivery.findFirst({ where: { ruleId: rule.id, kind: "test", status: "sent" } })).not.toBeNull();

    output.length = 0;
    await alertsRemove(env, rule.id);
    expect(output[0]).toBe(`removed alert rule ${rule.id} (Opus cuts)`);
    expect(await database.db.alertRule.count()).toBe(0);
  });

  it("rejects bad input with one-line messages", async () => {
    await expect(alertsAdd(env, { email: ["nope"] })).rejects.toThrow("--email 'nope' is not an email address: write it as name@example.com");
    await expect(alertsAdd(env, { email: ["a@example.com"], cadence: "daily", tz: "Mars/Olympus" })).rejects.toThrow(/^--tz 'Mars\/Olympus' is not a time zone/);
    await expect(alertsAdd(env, { email: ["a@example.com"], cadence: "daily", hour: "25" })).rejects.toThrow(/^--hour '25' is invalid/);
    await expect(alertsAdd(env, { email: ["a@example.com"], kinds: ["price_drop"] })).rejects.toThrow(/^--kinds 'price_drop' is not an event kind/);
    await expect(alertsAdd(env, { email: ["a@example.com"], source: ["abcdef12"] })).rejects.toThrow("--source 'abcdef12' is not a source id: see `ratecard sources list`");
    await expect(alertsRemove(env, "abcdef12")).rejects.toThrow("no alert rule with id 'abcdef12'");
    await expect(alertsTest(testEnv({ DATABASE_URL: database.url }), "abcdef12")).rejects.toThrow("no alert rule with id 'abcdef12'");
  });

  it("refuses to test email without SMTP_URL, naming the setting", async () => {
    await alertsAdd(env, { email: ["a@example.com"] });
    const rule = await database.db.alertRule.findFirstOrThrow();
    await expect(alertsTest(testEnv({ DATABASE_URL: database.url }), rule.id)).rejects.toThrow(/^SMTP_URL is not set: set it to your mail server/);
  });
});
