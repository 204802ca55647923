// Password guessing against an admin's account: the guessing address is refused for growing times,
// never the account; the admin signs in from another address and sees the failures on /admin/sign-ins.
// The attacker's browser reaches the dashboard through a forwarder from 127.0.0.2, so the dashboard's
// server sees another TCP peer; the headers it forges to look like someone else change nothing.
import { createDbClient, createUser } from "@ratecard/db";
import { expect, test, type Page } from "@playwright/test";
import { readE2eEnv } from "./e2e-env";
import { E2E_VIEWER } from "./e2e-users";
import { fillSignInForm } from "./fill-sign-in-form";
import { signedInContext } from "./signed-in-context";
import { startAddressForwarder } from "./start-address-forwarder";

test.use({ storageState: { cookies: [], origins: [] } });
// A dozen sign-ins each (scrypt on a shared machine) take longer than the default 30 s.
test.describe.configure({ timeout: 120_000 });

const formError = (page: Page) => page.getByRole("form", { name: "Sign in" }).getByRole("alert");
const TARGET = { email: "guarded-admin@ratecard.test", password: "guarded-admin-password" } as const;

async function createAdmin(user: { email: string; password: string }): Promise<void> {
  const db = createDbClient(readE2eEnv().databaseUrl, { maxConnections: 1 });
  try {
    await createUser(db, { ...user, role: "admin" });
  } finally {
    await db.$disconnect();
  }
}

test("an attacker failing on an admin's account is slowed and then refused, while the admin signs in from another address and sees the failures", async ({ browser }) => {
  await createAdmin(TARGET);
  const forwarder = await startAddressForwarder(readE2eEnv().baseUrl, "127.0.0.2");
  const attacker = await browser.newContext({
    baseURL: forwarder.url,
    storageState: { cookies: [], origins: [] },
    // Pretending to be the admin's address, or forging the server's own peer header, changes nothing.
    extraHTTPHeaders: { "x-forwarded-for": "127.0.0.1", "x-ratecard-peer-address": "forged 127.0.0.1" },
  });
  const admin = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  try {
    const attackerPage = await attacker.newPage();
    await attackerPage.goto("/login");
    for (let guess = 1; guess <= 5; guess++) {
      await fillSignInForm(attackerPage, { email: TARGET.email, password: `guess-${guess}` });
      await expect(formError(attackerPage)).toHaveText("Wrong email or password.");
      await expect(attackerPage.getByRole("button", { name: "Sign in" })).toBeEnabled();
    }
    // The sixth attempt is refused before any password check: even the right password gets no session now.
    await fillSignInForm(attackerPage, TARGET);
    await expect(formError(attackerPage)).toHaveText(`Too many failed sign-ins for ${TARGET.email} from your address. Try again in 1 minute.`);
    expect((await attacker.cookies()).some((cookie) => cookie.name === "ratecard_session")).toBe(false);

    // Meanwhile the admin, from 127.0.0.1, signs in with the right password at once.
    const adminPage = await admin.newPage();
    await adminPage.goto("/login?next=%2Fadmin%2Fusers");
    await fillSignInForm(adminPage, TARGET);
    await expect(adminPage).toHaveURL("/admin/users");
    await adminPage.getByRole("link", { name: "Failed sign-ins" }).click();
    await expect(adminPage).toHaveURL("/admin/sign-ins");
    await expect(adminPage.getByRole("heading", { name: "Failed sign-ins", level: 1 })).toBeVisible();

    const account = adminPage.locator(`tr[data-account="${TARGET.email}"]`);
    await expect(account.locator('[data-cell="failures"]')).toHaveText("5");
    await expect(account.locator('[data-cell="addresses"]')).toHaveText("1");
    await expect(account.locator('[data-cell="throttle"]')).toHaveText("not slowed");
    // The failures are the attacker's real address, not the forged one.
    await expect(adminPage.locator('tr[data-address="127.0.0.2"] [data-cell="failures"]')).not.toHaveText("0");
    const latest = adminPage.locator(`tr[data-failure-email="${TARGET.email}"]`);
    await expect(latest).toHaveCount(5);
    await expect(latest.first()).toHaveAttribute("data-failure-address", "127.0.0.2");
    await expect(latest.first().locator("time")).toContainText("UTC");
    await expect(adminPage.locator('tr[data-failure-address="127.0.0.1"]').filter({ hasText: TARGET.email })).toHaveCount(0);
  } finally {
    await Promise.all([attacker.close(), admin.close()]);
    await forwarder.stop();
  }
});

test("failures from many addresses slow every attempt on the account, and the right password still signs in", async ({ browser }) => {
  const email = "slowed-admin@ratecard.test";
  await createAdmin({ email, password: TARGET.password });
  // Two guessing addresses, five failures each: ten on the account in a few seconds.
  const forwarders = await Promise.all(["127.0.0.3", "127.0.0.4"].map((address) => startAddressForwarder(readE2eEnv().baseUrl, address)));
  const contexts = await Promise.all(forwarders.map((forwarder) => browser.newContext({ baseURL: forwarder.url, storageState: { cookies: [], origins: [] } })));
  try {
    for (const context of contexts) {
      const page = await context.newPage();
      await page.goto("/login");
      for (let guess = 1; guess <= 5; guess++) {
        await fillSignInForm(page, { email, password: `guess-${guess}` });
        await expect(formError(page)).toHaveText("Wrong email or password.");
        await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
      }
    }
    const admin = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const adminPage = await admin.newPage();
    await adminPage.goto("/login?next=%2Fadmin%2Fsign-ins");
    await fillSignInForm(adminPage, { email, password: TARGET.password });
    await expect(adminPage).toHaveURL("/admin/sign-ins");
    const account = adminPage.locator(`tr[data-account="${email}"]`);
    await expect(account.locator('[data-cell="failures"]')).toHaveText("10");
    await expect(account.locator('[data-cell="addresses"]')).toHaveText("2");
    await expect(account.locator('[data-cell="throttle"]')).toHaveText("each attempt waits 0.25 s");
    await admin.close();
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
    await Promise.all(forwarders.map((forwarder) => forwarder.stop()));
  }
});

test("the failed sign-ins page is for admins only: a viewer gets a 403, a signed-out visit the sign-in form", async ({ browser, page }) => {
  await page.goto("/admin/sign-ins");
  await expect(page).toHaveURL("/login?next=%2Fadmin%2Fsign-ins");
  const db = createDbClient(readE2eEnv().databaseUrl, { maxConnections: 1 });
  const { context } = await signedInContext(browser, db, E2E_VIEWER.email).finally(() => db.$disconnect());
  try {
    const viewerPage = await context.newPage();
    const response = await viewerPage.goto("/admin/sign-ins");
    expect(response?.status()).toBe(403);
    await expect(viewerPage.getByRole("heading", { name: "Admins only" })).toBeVisible();
    await expect(viewerPage.getByText(TARGET.email)).toHaveCount(0);
  } finally {
    await context.close();
  }
});
