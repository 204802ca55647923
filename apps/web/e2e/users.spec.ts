// /admin/users: adding a user, who then signs in; role changes, password resets and removal take effect
// on the user's open session; the last admin and the acting admin are protected.
import { randomUUID } from "node:crypto";
import { createDbClient, createSession, findUserByEmail, type Db } from "@ratecard/db";
import { expect, request as playwrightRequest, test, type Browser, type Page, type Request } from "@playwright/test";
import { E2E_ADMIN, E2E_VIEWER } from "./e2e-users";
import { screenshotPath } from "./screenshot-path";
import { fillSignInForm } from "./fill-sign-in-form";
import { readE2eEnv } from "./e2e-env";

// One test promotes a user to admin for a while; the last-admin test must not run at the same time.
test.describe.configure({ mode: "serial", timeout: 90_000 });

let db: Db;
test.beforeAll(() => {
  db = createDbClient(readE2eEnv().databaseUrl, { maxConnections: 2 });
});
test.afterAll(async () => {
  await db.$disconnect();
});

const row = (page: Page, email: string) => page.locator(`tr[data-user-email="${email}"]`);

async function openSignedOut(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  return context.newPage();
}

async function signInThroughForm(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await fillSignInForm(page, { email, password });
}

test("an admin adds a viewer, who signs in; role change, password reset and removal reach the viewer's session", async ({ page, browser }) => {
  const email = `member-${randomUUID().slice(0, 8)}@ratecard.test`;
  await page.goto("/admin/users");
  const add = page.getByRole("form", { name: "Add user" });
  await add.getByLabel("Email").fill(email);
  await add.getByLabel("Role").selectOption("viewer");
  await add.getByRole("button", { name: "Add user" }).click();
  await expect(add.getByRole("status")).toContainText(`Added ${email} as viewer.`);
  const generated = (await add.getByTestId("generated-password").textContent()) ?? "";
  expect(generated).toMatch(/^[A-Za-z0-9_-]{20}$/);
  await expect(row(page, email).locator("[data-role-cell]")).toHaveText("viewer");
  await page.screenshot({ path: screenshotPath("users.png"), fullPage: true });
  // Shown once: a reload does not show it again.
  await page.reload();
  await expect(page.getByTestId("generated-password")).toHaveCount(0);

  const member = await openSignedOut(browser);
  await signInThroughForm(member, email, generated);
  await expect(member).toHaveURL("/");
  await expect(member.getByTestId("signed-in-user").locator("[data-role]")).toHaveText("viewer");
  expect((await member.goto("/admin/users"))?.status()).toBe(403);

  // Promoted: the open session is an admin on its next request.
  const memberRow = row(page, email);
  await memberRow.getByLabel("Role", { exact: true }).selectOption("admin");
  await memberRow.getByRole("button", { name: "Set role" }).click();
  await expect(memberRow.locator("[data-role-cell]")).toHaveText("admin");
  expect((await member.goto("/admin/users"))?.status()).toBe(200);
  await memberRow.getByLabel("Role", { exact: true }).selectOption("viewer");
  await memberRow.getByRole("button", { name: "Set role" }).click();
  await expect(memberRow.locator("[data-role-cell]")).toHaveText("viewer");
  expect((await member.goto("/admin/users"))?.status()).toBe(403);

  // A password reset signs the user out, and only the new password works.
  await memberRow.getByLabel("New password").fill("short");
  await memberRow.getByRole("button", { name: "Reset password" }).click();
  await expect(memberRow.getByRole("alert")).toContainText("at least 12 characters");
  await memberRow.getByLabel("New password").fill("a-brand-new-password");
  await memberRow.getByRole("button", { name: "Reset password" }).click();
  await expect(memberRow.getByRole("status").filter({ hasText: "Password reset" })).toHaveText("Password reset; their sessions were ended and their API tokens revoked.");
  await member.goto("/cost");
  await expect(member).toHaveURL("/login?next=%2Fcost");
  await signInThroughForm(member, email, generated);
  await expect(member.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText("Wrong email or password.");
  await signInThroughForm(member, email, "a-brand-new-password");
  await expect(member).toHaveURL("/");

  // Removed: the row goes, and so does the open session.
  await memberRow.getByRole("button", { name: "Remove" }).click();
  await memberRow.getByRole("group", { name: `Remove ${email}?` }).getByRole("button", { name: "Yes, remove" }).click();
  await expect(memberRow).toHaveCount(0);
  expect(await findUserByEmail(db, email)).toBeNull();
  await member.goto("/prices");
  await expect(member).toHaveURL("/login?next=%2Fprices");
  await member.context().close();
});

test("adding a user refuses a bad email, a short password and a taken email", async ({ page }) => {
  await page.goto("/admin/users");
  const add = page.getByRole("form", { name: "Add user" });
  await add.getByLabel("Email").fill("not-an-email");
  await add.getByRole("button", { name: "Add user" }).click();
  await expect(add.getByRole("alert")).toHaveText("'not-an-email' is not an email address: write it as name@example.com.");
  await add.getByLabel("Email").fill("someone-new@ratecard.test");
  await add.getByLabel("Password").fill("too-short");
  await add.getByRole("button", { name: "Add user" }).click();
  await expect(add.getByRole("alert")).toContainText("at least 12 characters");
  expect(await findUserByEmail(db, "someone-new@ratecard.test")).toBeNull();
  await add.getByLabel("Email").fill(E2E_ADMIN.email.toUpperCase());
  await add.getByLabel("Password").fill("");
  await add.getByRole("button", { name: "Add user" }).click();
  await expect(add.getByRole("alert")).toHaveText(`${E2E_ADMIN.email} already has an account.`);
});

test("the last admin cannot be demoted, and an admin cannot remove themself even with a forged form", async ({ page }) => {
  // Guard: with a second admin around, the demotion below would succeed and lock every other spec out.
  expect(await db.user.count({ where: { role: "admin" } })).toBe(1);
  await page.goto("/admin/users");
  const mine = row(page, E2E_ADMIN.email);
  await expect(mine).toContainText("(you)");
  await expect(mine.getByRole("button", { name: "Remove" })).toHaveCount(0);
  await mine.getByLabel("Role", { exact: true }).selectOption("viewer");
  await mine.getByRole("button", { name: "Set role" }).click();
  await expect(mine.getByRole("alert")).toHaveText("ratecard needs at least one admin: make another user an admin first.");
  expect((await findUserByEmail(db, E2E_ADMIN.email))?.role).toBe("admin");

  // Another user's remove form, pointed at the admin's own id: the action refuses it.
  const email = `bystander-${randomUUID().slice(0, 8)}@ratecard.test`;
  const add = page.getByRole("form", { name: "Add user" });
  await add.getByLabel("Email").fill(email);
  await add.getByRole("button", { name: "Add user" }).click();
  await expect(row(page, email)).toBeVisible();
  const me = await findUserByEmail(db, E2E_ADMIN.email);
  const other = row(page, email);
  await other.getByRole("form", { name: `Remove ${email}` }).locator('input[name="userId"]').evaluate((input, id) => ((input as HTMLInputElement).value = id), me!.id);
  await other.getByRole("button", { name: "Remove" }).click();
  await other.getByRole("button", { name: "Yes, remove" }).click();
  await expect(other.getByRole("alert")).toHaveText("You cannot remove yourself: another admin can.");
  expect(await findUserByEmail(db, E2E_ADMIN.email)).not.toBeNull();
  expect(await findUserByEmail(db, email)).not.toBeNull();
});

test("on a phone-sized screen the users page keeps its width (the table scrolls inside its box)", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/admin/users");
  await expect(page.getByRole("form", { name: "Add user" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test("the add-user action, replayed with a viewer's session or from another site's Origin, adds no one; as sent by the admin's page it does", async ({ page }) => {
  // The admin's real server-action request, captured before it reaches the dashboard.
  const email = `replayed-${randomUUID().slice(0, 8)}@ratecard.test`;
  let captured: Request | undefined;
  await page.route("**/admin/users", async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) {
      captured = route.request();
      await route.abort();
    } else await route.continue();
  });
  await page.goto("/admin/users");
  const add = page.getByRole("form", { name: "Add user" });
  await add.getByLabel("Email").fill(email);
  await add.getByRole("button", { name: "Add user" }).click();
  await expect.poll(() => captured !== undefined).toBe(true);
  const request = captured!;
  const headers = { ...request.headers() };
  delete headers["cookie"];
  const adminToken = (await page.context().cookies()).find((cookie) => cookie.name === "ratecard_session")!.value;
  const { token: viewerToken } = await createSession(db, { userId: (await findUserByEmail(db, E2E_VIEWER.email))!.id, now: new Date(), ttlMs: 60 * 60_000 });
  const client = await playwrightRequest.newContext({ storageState: { cookies: [], origins: [] } });
  const replay = (session: string, origin: string) =>
    client.fetch(request.url(), {
      method: "POST",
      headers: { ...headers, origin, cookie: `ratecard_session=${session}` },
      data: request.postDataBuffer() ?? "",
      maxRedirects: 0,
    });
  try {
    const ownOrigin = new URL(request.url()).origin;
    await replay(viewerToken, ownOrigin);
    expect(await findUserByEmail(db, email)).toBeNull();
    const crossSite = await replay(adminToken, "https://evil.example");
    expect(crossSite.status()).toBeGreaterThanOrEqual(400);
    expect(await findUserByEmail(db, email)).toBeNull();
    // The same bytes with the admin's session from the dashboard's own origin: the request itself was fine.
    const genuine = await replay(adminToken, ownOrigin);
    expect(genuine.status()).toBeLessThan(400);
    expect(await findUserByEmail(db, email)).not.toBeNull();
  } finally {
    await client.dispose();
  }
});
