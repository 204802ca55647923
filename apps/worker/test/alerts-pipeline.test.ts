// From a price change on a page to an email in the inbox, through the real CLI, worker and SMTP:
// the check stores the event and queues its alert in one transaction, the worker's sender delivers it.
import { createTestDatabase, type TestDatabase } from "@ratecard/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixturePage, startFixtureServer, type FixtureServer } from "./fixture-server";
import { runCli, spawnCli } from "./run-cli";
import { startSmtpTestServer, type SmtpTestServer } from "./smtp-test-server";

let database: TestDatabase;
let server: FixtureServer;
let smtp: SmtpTestServer;

beforeAll(async () => {
  [database, server, smtp] = await Promise.all([createTestDatabase(), startFixtureServer(), startSmtpTestServer()]);
});
afterAll(async () => {
  await smtp?.close();
  await server?.close();
  await database?.drop();
});

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe("alerts end to end", () => {
  it("a price cut detected by a check reaches every matching rule's inbox once, in words", async () => {
    const page = await fixturePage("anthropic__2026-02-06__claude-docs-sitemap.md");
    // The stated edit: Claude Opus 4.6 long-context input goes from $10 to $5 per MTok.
    const row = "| Claude Opus 4.6 | Input: $5 / MTok | Input: $10 / MTok |";
    expect(page).toContain(row);
    let body = page;
    server.setRoute("/pricing.md", () => ({ body, headers: { "content-type": "text/markdown" } }));
    const env = { DATABASE_URL: database.url, SMTP_URL: smtp.url, ALERT_FROM: "ratecard <alerts@ratecard.test>", RATECARD_PUBLIC_URL: "http://dashboard.test" };

    expect((await runCli(["sources", "add", `${server.url}/pricing.md`, "--provider", "anthropic", "--name", "Anthropic pricing"], env)).code).toBe(0);
    expect((await runCli(["alerts", "add", "--name", "Anthropic moves", "--email", "strategy@example.com", "--provider", "anthropic"], env)).code).toBe(0);
    expect((await runCli(["alerts", "add", "--name", "OpenAI only", "--email", "other@example.com", "--provider", "openai"], env)).code).toBe(0);
    expect((await runCli(["check", "--all"], env)).code).toBe(0);
    body = page.replace(row, "| Claude Opus 4.6 | Input: $5 / MTok | Input: $5 / MTok |");
    expect((await runCli(["check", "--all"], env)).code).toBe(0);

    const worker = spawnCli(["worker", "--no-schedule"], env);
    try {
      await until(() => smtp.received.length >= 1, 60_000);
      await new Promise((resolve) => setTimeout(resolve, 3000));
    } finally {
      worker.kill("SIGTERM");
      await new Promise((resolve) => worker.on("exit", resolve));
    }
    expect(smtp.received).toHaveLength(1);
    const [email] = smtp.received;
    expect(email?.to).toEqual(["strategy@example.com"]);
    expect(email?.text).toContain("Claude Opus 4.6 input, prompts > 200K tokens, $10.00 → $5.00 per 1M tokens (−50%)");
    expect(email?.html).toContain("http://dashboard.test/sources/");
    const deliveries = await database.db.alertDelivery.findMany();
    expect(deliveries.map((d) => d.status)).toEqual(["sent"]);
  });
});
