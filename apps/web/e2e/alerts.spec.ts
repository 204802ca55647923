// /alerts: rules in words, the create/edit/remove form with the CLI's validation, the outbox's recent
// deliveries, and what a viewer may (not) do. Rows are made with unique names, so parallel specs do not meet.
import { randomUUID } from "node:crypto";
import { claimAlertDelivery, createAlertRule, createDbClient, insertAlertDeliveries, recordDeliveryOutcome, type Db, type NewAlertDelivery } from "@ratecard/db";
import { expect, test, type Page } from "@playwright/test";
import { E2E_VIEWER } from "./e2e-users";
import { readSeededData } from "./read-seeded-data";
import { screenshotPath } from "./screenshot-path";
import { signedInContext } from "./signed-in-context";
import { readE2eEnv } from "./e2e-env";

const seeded = readSeededData();
let db: Db;
test.beforeAll(() => {
  db = createDbClient(readE2eEnv().databaseUrl, { maxConnections: 2 });
});
test.afterAll(async () => {
  await db.$disconnect();
});
// Each test walks through several server round trips; the shared test machine can be slow.
test.describe.configure({ timeout: 90_000 });

const tag = () => randomUUID().slice(0, 8);
const newRuleForm = (page: Page) => page.getByRole("form", { name: "New alert rule" });
const ruleCard = (page: Page, name: string) => page.locator(`li[data-rule-name="${name}"]`);

test("an admin creates a rule through the form, sees it in words, edits it and removes it after confirming", async ({ page }) => {
  const name = `Opus cuts ${tag()}`;
  await page.goto("/alerts");
  await expect(page.getByRole("heading", { name: "Alerts", level: 1 })).toBeVisible();
  const form = newRuleForm(page);
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("Email recipients").fill("cto@example.com, pm@example.com");
  await form.getByLabel("Webhook URL").fill("https://hooks.slack.com/services/T0/B0/secret");
  await form.getByLabel("Sources").selectOption({ label: seeded.names.changed });
  await form.getByLabel("Providers").fill("OpenAI");
  await form.getByLabel("Model patterns").fill("gpt-5*");
  await form.getByLabel("price decrease").check();
  await form.getByLabel("Minimum change %").fill("10");
  await form.getByLabel("Direction").selectOption("down");
  await form.getByLabel("Delivery").selectOption("daily");
  await form.getByLabel("Digest hour").selectOption("7");
  await form.getByLabel("Time zone").fill("Europe/Berlin");
  await form.getByRole("button", { name: "Add rule" }).click();
  await expect(form.getByRole("status")).toHaveText(`Added the rule “${name}”.`);

  const card = ruleCard(page, name);
  await expect(card.locator('[data-part="matches"]')).toHaveText(`Price decreases (downwards of at least 10%) by openai for models matching gpt-5*, from ${seeded.names.changed}.`);
  await expect(card.locator('[data-part="channel"]')).toHaveText("Email to cto@example.com and pm@example.com and a webhook to hooks.slack.com.");
  await expect(card.locator('[data-part="schedule"]')).toContainText("A daily digest at 07:00 Europe/Berlin (next ");
  const stored = await db.alertRule.findFirstOrThrow({ where: { name } });
  expect(stored).toMatchObject({ recipients: ["cto@example.com", "pm@example.com"], sourceIds: [seeded.changedSourceId], providers: ["openai"], eventKinds: ["price_decrease"], direction: "down", cadence: "daily", digestHour: 7, timeZone: "Europe/Berlin" });
  expect(Number(stored.minPctChange)).toBe(10);

  await card.getByRole("link", { name: "Edit" }).click();
  await expect(page).toHaveURL(`/alerts/${stored.id}/edit`);
  const edit = page.getByRole("form", { name: "Edit alert rule" });
  await expect(edit.getByLabel("Email recipients")).toHaveValue("cto@example.com, pm@example.com");
  await page.screenshot({ path: screenshotPath("alert-edit.png"), fullPage: true });
  await edit.getByLabel("Minimum change %").fill("25");
  await edit.getByLabel("Delivery").selectOption("weekly");
  await edit.getByLabel("Digest weekday").selectOption("friday");
  await edit.getByRole("button", { name: "Save rule" }).click();
  await expect(page).toHaveURL("/alerts");
  await expect(card.locator('[data-part="matches"]')).toContainText("of at least 25%");
  await expect(card.locator('[data-part="schedule"]')).toContainText("A weekly digest on Friday at 07:00 Europe/Berlin");

  await card.getByRole("button", { name: "Remove" }).click();
  const confirm = card.getByRole("group", { name: `Remove “${name}” and its delivery history?` });
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(card).toBeVisible();
  await card.getByRole("button", { name: "Remove" }).click();
  await confirm.getByRole("button", { name: "Yes, remove" }).click();
  await expect(card).toHaveCount(0);
  expect(await db.alertRule.count({ where: { name } })).toBe(0);
});

test("bad input shows an error beside each field, keeps what was typed and stores nothing", async ({ page }) => {
  const name = `Broken ${tag()}`;
  await page.goto("/alerts");
  const form = newRuleForm(page);
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("Email recipients").fill("ok@example.com, not-an-email");
  await form.getByLabel("Webhook URL").fill("ftp://hooks.example.com/x");
  await form.getByLabel("Minimum change %").fill("lots");
  await form.getByLabel("Time zone").fill("Mars/Olympus");
  await form.getByLabel("Failure streak").fill("0");
  await form.getByRole("button", { name: "Add rule" }).click();

  await expect(form.getByRole("alert")).toHaveText("The rule was not saved: fix the fields marked below.");
  await expect(form.locator('[data-field="email"]')).toContainText("Email recipients 'not-an-email' is not an email address: write it as name@example.com");
  await expect(form.locator('[data-field="webhook"]')).toContainText("Webhook URL 'ftp://hooks.example.com/x' is invalid: give an http(s) URL");
  await expect(form.locator('[data-field="minPct"]')).toContainText("Minimum change % 'lots' is invalid");
  await expect(form.locator('[data-field="tz"]')).toContainText("Time zone 'Mars/Olympus' is not a time zone");
  await expect(form.locator('[data-field="failureStreak"]')).toContainText("Failure streak '0' is invalid");
  await expect(form.getByLabel("Email recipients")).toHaveValue("ok@example.com, not-an-email");
  await expect(form.getByLabel("Email recipients")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Name", { exact: true })).toHaveValue(name);
  expect(await db.alertRule.count({ where: { name } })).toBe(0);
  await expect(ruleCard(page, name)).toHaveCount(0);

  // Neither recipients nor a webhook: the form says where a rule must send.
  await form.getByLabel("Email recipients").fill("");
  await form.getByLabel("Webhook URL").fill("");
  await form.getByLabel("Minimum change %").fill("");
  await form.getByLabel("Time zone").fill("UTC");
  await form.getByLabel("Failure streak").fill("");
  await form.getByRole("button", { name: "Add rule" }).click();
  await expect(form.locator('[data-field="email"]')).toContainText("a rule needs somewhere to send: give Email recipients or Webhook URL");
  expect(await db.alertRule.count({ where: { name } })).toBe(0);
});

async function seedDeliveries(rule: { id: string; name: string }) {
  const summary = "OpenAI: GPT-5 mini input $0.25 → $0.20 per 1M tokens (−20%)";
  const rows: NewAlertDelivery[] = [
    { ruleId: rule.id, dedupeKey: "event:sent", kind: "event", channel: "email", payload: { message: { kind: "event", ruleName: rule.name, event: { summary } }, to: ["ops@example.com"] } },
    { ruleId: rule.id, dedupeKey: "failure:refused#webhook", kind: "failure", channel: "webhook", payload: { message: { kind: "failure", ruleName: rule.name, source: { name: "Mistral pricing" }, streak: { length: 4 } }, url: "https://hooks.example.com/alerts" } },
    { ruleId: rule.id, dedupeKey: "digest:retry", kind: "digest", channel: "email", payload: { message: { kind: "digest", ruleName: rule.name, cadence: "daily", events: [{}, {}, {}] }, to: ["ops@example.com"] } },
    { ruleId: rule.id, dedupeKey: "test:queued", kind: "test", channel: "email", payload: { message: { kind: "test", ruleName: rule.name }, to: ["ops@example.com"] } },
  ];
  await insertAlertDeliveries(db, rows);
  const byKey = async (dedupeKey: string) => db.alertDelivery.findUniqueOrThrow({ where: { ruleId_dedupeKey: { ruleId: rule.id, dedupeKey } } });
  const claim = async (dedupeKey: string) => {
    const row = await byKey(dedupeKey);
    const claimed = await claimAlertDelivery(db, { now: new Date(Date.now() + 5_000), leaseMs: 60_000, channels: ["email", "webhook"], messageIdDomain: "ratecard.test", id: row.id });
    expect(claimed?.id).toBe(row.id);
    return row.id;
  };
  const sentAt = new Date("2026-03-04T05:06:07Z");
  await recordDeliveryOutcome(db, await claim("event:sent"), { status: "sent", at: sentAt });
  await recordDeliveryOutcome(db, await claim("failure:refused#webhook"), { status: "failed", error: "webhook answered HTTP 410 Gone" });
  await recordDeliveryOutcome(db, await claim("digest:retry"), { status: "retry", error: "421 4.7.0 try again later", nextAttemptAt: new Date(Date.now() + 3_600_000) });
  // Distinct queue times, oldest first in the order above, so "newest first" is checkable.
  const keys = rows.map((row) => row.dedupeKey);
  for (const [index, dedupeKey] of keys.entries()) {
    await db.alertDelivery.update({ where: { ruleId_dedupeKey: { ruleId: rule.id, dedupeKey } }, data: { createdAt: new Date(Date.now() - (keys.length - index) * 60_000) } });
  }
  return { summary, sentAt };
}

test("recent deliveries show each row's subject, target, status, attempts, error and sent time, newest first, filtered and paged", async ({ page }) => {
  const rule = await createAlertRule(db, { name: `Deliveries ${tag()}`, recipients: ["ops@example.com"], webhookUrl: "https://hooks.example.com/alerts" });
  const { summary } = await seedDeliveries(rule);

  await page.goto(`/alerts?rule=${rule.id}`);
  const rows = page.getByRole("table", { name: "Recent deliveries" }).locator("tbody tr");
  await expect(rows).toHaveCount(4);
  expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-state")))).toEqual(["queued", "retrying", "failed", "sent"]);
  await expect(rows.nth(0)).toContainText("Test alert");
  await expect(rows.nth(1)).toContainText("Daily digest of 3 changes");
  await expect(rows.nth(1)).toContainText("421 4.7.0 try again later");
  await expect(rows.nth(1).locator("td").nth(5)).toHaveText("1");
  await expect(rows.nth(2)).toContainText("Mistral pricing failed 4 checks in a row");
  await expect(rows.nth(2)).toContainText("webhook hooks.example.com");
  await expect(rows.nth(2)).toContainText("webhook answered HTTP 410 Gone");
  await expect(rows.nth(3)).toContainText(summary);
  await expect(rows.nth(3)).toContainText("ops@example.com");
  await expect(rows.nth(3)).toContainText("2026-03-04 05:06:07 UTC");

  await page.goto("/alerts");
  await expect(ruleCard(page, rule.name)).toBeVisible();
  await page.screenshot({ path: screenshotPath("alerts.png"), fullPage: true });

  await page.goto(`/alerts?rule=${rule.id}`);
  const filter = page.getByRole("form", { name: "Filter deliveries" });
  await filter.getByLabel("Status").selectOption("failed");
  await filter.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`/alerts\\?rule=${rule.id}&status=failed`));
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute("data-state", "failed");
  await page.goto(`/alerts?rule=${rule.id}&status=retrying`);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Daily digest of 3 changes");

  // 27 rows for another rule: 25 on the first page, 2 after "Older".
  const busy = await createAlertRule(db, { name: `Busy ${tag()}`, recipients: ["ops@example.com"] });
  await insertAlertDeliveries(db, Array.from({ length: 27 }, (_, i) => ({ ruleId: busy.id, dedupeKey: `event:${i}`, kind: "event" as const, channel: "email" as const, payload: { message: { kind: "event", event: { summary: `change ${i}` } }, to: ["ops@example.com"] } })));
  await page.goto(`/alerts?rule=${busy.id}`);
  await expect(rows).toHaveCount(25);
  await page.getByRole("navigation", { name: "Deliveries pages" }).getByRole("link", { name: "Older →" }).click();
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole("navigation", { name: "Deliveries pages" })).toContainText("Page 2");

});

test("a viewer sees the rules in words but no forms, and the create action refuses a viewer's submission", async ({ page, browser }) => {
  const rule = await createAlertRule(db, { name: `Shared ${tag()}`, recipients: ["team@example.com"], cadence: "immediate" });
  const viewer = await signedInContext(browser, db, E2E_VIEWER.email);
  const viewerPage = await viewer.context.newPage();
  await viewerPage.goto("/alerts");
  await expect(ruleCard(viewerPage, rule.name).locator('[data-part="channel"]')).toHaveText("Email to team@example.com.");
  await expect(viewerPage.getByRole("form", { name: "New alert rule" })).toHaveCount(0);
  await expect(ruleCard(viewerPage, rule.name).getByRole("button", { name: "Remove" })).toHaveCount(0);
  await expect(ruleCard(viewerPage, rule.name).getByRole("link", { name: "Edit" })).toHaveCount(0);
  expect((await viewerPage.goto(`/alerts/${rule.id}/edit`))?.status()).toBe(403);
  await viewer.context.close();

  // The admin's form, submitted with the viewer's session: the action itself must refuse it.
  const name = `Sneaky ${tag()}`;
  await page.goto("/alerts");
  const form = newRuleForm(page);
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("Email recipients").fill("attacker@example.com");
  await page.context().clearCookies();
  await page.context().addCookies([{ name: "ratecard_session", value: viewer.token, url: readE2eEnv().baseUrl }]);
  const posted = page.waitForResponse((response) => response.request().method() === "POST");
  await form.getByRole("button", { name: "Add rule" }).click();
  await posted;
  await expect(page.getByRole("status")).toHaveCount(0);
  expect(await db.alertRule.count({ where: { name } })).toBe(0);
});

test("on a phone-sized screen the alerts page keeps its width (tables scroll inside their box)", async ({ page }) => {
  await createAlertRule(db, { name: `Phone ${tag()}`, recipients: ["someone.with.a.long.address@example.com"], webhookUrl: "https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXX", modelPatterns: ["claude-opus-*", "gpt-5*"] });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/alerts");
  await expect(newRuleForm(page)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
