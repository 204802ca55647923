// Editing the watch list from the dashboard: add (with the live schedule preview), check now through
// the real worker, edit, pause/resume, remove; refused input stores nothing; viewers can change nothing.
import { createDbClient, type Db } from "@ratecard/db";
import { expect, test, type Page } from "@playwright/test";
import { E2E_VIEWER } from "./e2e-users";
import { readSeededData } from "./read-seeded-data";
import { screenshotPath } from "./screenshot-path";
import { fillSignInForm } from "./fill-sign-in-form";
import { readE2eEnv } from "./e2e-env";

const seeded = readSeededData();
const FIXTURE_PATH = "/pages/anthropic__2026-02-06__claude-docs-sitemap.md";

let db: Db;
test.beforeAll(() => {
  db = createDbClient(readE2eEnv().databaseUrl, { maxConnections: 1 });
});
test.afterAll(async () => {
  await db.$disconnect();
});

const fixtureUrl = (suffix = "") => `${readE2eEnv().fixturesUrl}${FIXTURE_PATH}${suffix}`;
const addForm = (page: Page) => page.getByRole("form", { name: "Add source" });
const fieldError = (page: Page, field: string) => page.locator(`#source-${field}-error`);

test("an admin adds a source, checks it now, edits, pauses, resumes and removes it", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/sources");
  await page.getByRole("link", { name: "Add source" }).click();
  await expect(page).toHaveURL("/sources/new");
  const form = addForm(page);

  // A URL that is not one: the message sits next to the URL field and nothing is stored.
  await form.getByLabel("URL").fill("not a url");
  await form.getByLabel("Name").fill("E2E refused");
  await form.getByRole("button", { name: "Add source" }).click();
  await expect(fieldError(page, "url")).toHaveText(
    "'not a url' is not a valid URL: give an absolute http(s) URL such as https://example.com/pricing",
  );
  await form.getByLabel("URL").fill("ftp://example.com/prices");
  await form.getByRole("button", { name: "Add source" }).click();
  await expect(fieldError(page, "url")).toHaveText("'ftp://example.com/prices' uses ftp: only http and https URLs can be watched");

  // A bad cron expression: the preview says so while typing, the save is refused next to the field.
  await form.getByLabel("URL").fill(fixtureUrl());
  await form.getByLabel("Schedule (cron, UTC)").fill("*/61 * * * *");
  await expect(page.getByTestId("schedule-preview")).toHaveText("cron expression '*/61 * * * *' is invalid: minute must be 0-59");
  await form.getByRole("button", { name: "Add source" }).click();
  await expect(fieldError(page, "every")).toHaveText("cron expression '*/61 * * * *' is invalid: minute must be 0-59");
  expect(await db.source.count({ where: { OR: [{ name: "E2E refused" }, { url: fixtureUrl() }] } })).toBe(0);

  // A good entry: the preview describes the schedule and lists the next 5 runs, on the hour every 2 hours.
  await form.getByLabel("Name").fill("E2E Anthropic fixture");
  await form.getByLabel("Provider").fill("anthropic");
  await form.getByLabel("Schedule (cron, UTC)").fill("0 */2 * * *");
  const preview = page.getByTestId("schedule-preview");
  await expect(preview).toContainText("On the hour, every 2 hours (UTC)");
  const runs = await preview.locator("li").allTextContents();
  expect(runs).toHaveLength(5);
  const runTimes = runs.map((run) => new Date(run.replace(" UTC", "Z").replace(" ", "T")).getTime());
  for (const [i, time] of runTimes.entries()) {
    expect(new Date(time).getUTCMinutes()).toBe(0);
    expect(new Date(time).getUTCHours() % 2).toBe(0);
    if (i > 0) expect(time - runTimes[i - 1]!).toBe(2 * 3600_000);
  }
  await page.screenshot({ path: screenshotPath("source-new.png"), fullPage: true });

  const saveRequest = page.waitForRequest((request) => request.method() === "POST" && request.headers()["next-action"] !== undefined);
  await form.getByRole("button", { name: "Add source" }).click();
  await expect(page).toHaveURL(/\/sources\/[0-9a-f-]{36}$/);
  await saveRequest;
  const source = await db.source.findFirstOrThrow({ where: { url: fixtureUrl() } });
  expect(source).toMatchObject({ name: "E2E Anthropic fixture", provider: "anthropic", schedule: "0 */2 * * *", enabled: true, kind: "page" });
  await expect(page.getByRole("heading", { name: "E2E Anthropic fixture" })).toBeVisible();
  await expect(page.getByTestId("source-status")).toHaveText("active");
  await expect(page.getByTestId("source-schedule")).toContainText("On the hour, every 2 hours (UTC)");

  // The same URL again is refused as a duplicate.
  await page.goto("/sources/new");
  await addForm(page).getByLabel("URL").fill(fixtureUrl());
  await addForm(page).getByLabel("Name").fill("E2E duplicate");
  await addForm(page).getByRole("button", { name: "Add source" }).click();
  await expect(fieldError(page, "url")).toContainText("is already watched as a page source (\"E2E Anthropic fixture\")");
  expect(await db.source.count({ where: { url: fixtureUrl() } })).toBe(1);

  // Check now while the worker is frozen: the request waits; once it has waited over a minute (its
  // creation time is moved back rather than waiting) the page says no worker has taken it.
  await page.goto(`/sources/${source.id}`);
  const workerPid = readE2eEnv().workerPid;
  process.kill(workerPid, "SIGSTOP");
  try {
    await page.getByRole("button", { name: "Check now" }).click();
    await expect(page).toHaveURL(new RegExp(`/sources/${source.id}\\?check=[0-9a-f-]{36}`));
    await expect(page.locator('[data-check-state="waiting"]')).toHaveText("Check requested: waiting for a worker…");
    const jobId = new URL(page.url()).searchParams.get("check")!;
    await db.$executeRaw`UPDATE pgboss.job SET created_on = created_on - interval '2 minutes' WHERE id = ${jobId}::uuid`;
    await expect(page.locator('[data-check-state="waiting"]')).toHaveText(
      "Check requested, but no worker has taken this check yet: is ratecard worker running?",
    );
  } finally {
    process.kill(workerPid, "SIGCONT");
  }
  // The worker resumes, fetches the fixture page, and the page (refreshing itself) shows the result.
  const result = page.locator('[data-check-state="done"]');
  await expect(result).toBeVisible({ timeout: 60_000 });
  await expect(result.locator("[data-outcome]")).toHaveText("changed");
  const check = await db.check.findFirstOrThrow({ where: { sourceId: source.id } });
  expect(check).toMatchObject({ outcome: "changed", slotAt: null });
  const prices = await db.pricePoint.count({ where: { snapshotId: check.snapshotId! } });
  expect(prices).toBeGreaterThan(0);
  await expect(result.getByTestId("check-prices-found")).toHaveText(`${prices} prices found`);
  await expect(result).toContainText(`in ${check.durationMs.toLocaleString("en-US")} ms`);
  await page.screenshot({ path: screenshotPath("source-check-now.png"), fullPage: true });

  // Edit: the form starts from the stored settings; the change is saved.
  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page).toHaveURL(`/sources/${source.id}/edit`);
  const editForm = page.getByRole("form", { name: "Save changes" });
  await expect(editForm.getByLabel("Schedule (cron, UTC)")).toHaveValue("0 */2 * * *");
  await page.screenshot({ path: screenshotPath("source-edit.png"), fullPage: true });
  await editForm.getByLabel("Name").fill("E2E Anthropic fixture (edited)");
  await editForm.getByLabel("Ignore patterns").fill("Last updated .*");
  await editForm.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: "E2E Anthropic fixture (edited)" })).toBeVisible();
  expect(await db.source.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({
    name: "E2E Anthropic fixture (edited)",
    ignorePatterns: ["Last updated .*"],
    url: fixtureUrl(),
  });

  // Pause and resume.
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.getByTestId("source-status")).toHaveText("paused");
  await expect(page.getByRole("button", { name: "Check now" })).toHaveCount(0);
  expect((await db.source.findUniqueOrThrow({ where: { id: source.id } })).enabled).toBe(false);
  await page.getByRole("button", { name: "Resume" }).click();
  await expect(page.getByTestId("source-status")).toHaveText("active");
  expect((await db.source.findUniqueOrThrow({ where: { id: source.id } })).enabled).toBe(true);

  // Remove, after the confirmation step.
  await page.getByText("Remove…").click();
  await page.getByRole("button", { name: "Yes, remove this source" }).click();
  await expect(page).toHaveURL("/sources");
  await expect(page.locator(`tr[data-source-id="${source.id}"]`)).toHaveCount(0);
  expect(await db.source.count({ where: { id: source.id } })).toBe(0);
  expect(await db.check.count({ where: { sourceId: source.id } })).toBe(0);
});

test("a viewer sees no edit controls, and a viewer's post of the add-source action is refused", async ({ browser, page }) => {
  test.setTimeout(120_000);
  // The admin's own add request, captured to be replayed with the viewer's session.
  await page.goto("/sources/new");
  const form = addForm(page);
  await form.getByLabel("URL").fill(fixtureUrl("?admin-probe"));
  await form.getByLabel("Name").fill("E2E admin probe");
  const posted = page.waitForRequest((request) => request.method() === "POST" && request.headers()["next-action"] !== undefined);
  await form.getByRole("button", { name: "Add source" }).click();
  await expect(page).toHaveURL(/\/sources\/[0-9a-f-]{36}$/);
  const adminRequest = await posted;
  const probe = await db.source.findFirstOrThrow({ where: { url: fixtureUrl("?admin-probe") } });
  await db.source.delete({ where: { id: probe.id } });

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const viewer = await context.newPage();
  await viewer.goto("/login");
  await fillSignInForm(viewer, E2E_VIEWER);
  await expect(viewer).toHaveURL("/");

  await viewer.goto("/sources");
  await expect(viewer.getByRole("heading", { name: "Sources" })).toBeVisible();
  await expect(viewer.getByRole("link", { name: "Add source" })).toHaveCount(0);
  await viewer.goto(`/sources/${seeded.changedSourceId}`);
  await expect(viewer.getByTestId("source-status")).toHaveText("active");
  for (const name of ["Check now", "Pause", "Resume", "Yes, remove this source"]) {
    await expect(viewer.getByRole("button", { name })).toHaveCount(0);
  }
  await expect(viewer.getByRole("link", { name: "Edit" })).toHaveCount(0);
  const newPage = await viewer.goto("/sources/new");
  expect(newPage?.status()).toBe(403);
  const editPage = await viewer.goto(`/sources/${seeded.changedSourceId}/edit`);
  expect(editPage?.status()).toBe(403);

  // The server action itself refuses the viewer: the admin's request, replayed with the viewer's cookie.
  const headers = { ...(await adminRequest.allHeaders()) };
  delete headers.cookie;
  delete headers["content-length"];
  const replay = (request: typeof context.request, url: string) =>
    request.post(adminRequest.url(), {
      headers,
      data: Buffer.from((adminRequest.postDataBuffer() ?? Buffer.alloc(0)).toString("utf8").split(fixtureUrl("?admin-probe")).join(url), "utf8"),
    });
  // The replay works as such: with the admin's session it adds the source.
  await replay(page.request, fixtureUrl("?admin-replay"));
  await db.source.delete({ where: { kind_url: { kind: "page", url: fixtureUrl("?admin-replay") } } });
  const viewerUrl = fixtureUrl("?viewer-post");
  const response = await replay(context.request, viewerUrl);
  expect(response.status()).toBe(403);
  expect(await db.source.count({ where: { url: viewerUrl } })).toBe(0);
  expect(await db.source.count({ where: { url: fixtureUrl("?admin-probe") } })).toBe(0);
  await context.close();
});
