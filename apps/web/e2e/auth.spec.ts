import { createDbClient, hashSessionToken } from "@ratecard/db";
import { expect, request as playwrightRequest, test, type Page } from "@playwright/test";
import { E2E_ADMIN, E2E_VIEWER } from "./e2e-users";
import { fillSignInForm } from "./fill-sign-in-form";
import { screenshotPath } from "./screenshot-path";
import { readE2eEnv } from "./e2e-env";

// These tests start signed out (the other specs start as the seeded admin).
test.use({ storageState: { cookies: [], origins: [] } });
// Most of them sign in (scrypt) more than once; on a shared machine that can take longer than 30 s.
test.describe.configure({ timeout: 60_000 });

// The form's own message (Next's route announcer is an alert too).
const formError = (page: Page) => page.getByRole("form", { name: "Sign in" }).getByRole("alert");

const signIn = fillSignInForm;

test("a signed-out visit to a page redirects to the sign-in form, which brings the user back to it", async ({ page }) => {
  await page.goto("/?provider=openai");
  await expect(page).toHaveURL("/login?next=%2F%3Fprovider%3Dopenai");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Changes" })).toHaveCount(0);
  await page.screenshot({ path: screenshotPath("login.png"), fullPage: true });

  await signIn(page, { email: E2E_ADMIN.email, password: "not-the-password" });
  await expect(formError(page)).toHaveText("Wrong email or password.");
  await expect(page).toHaveURL(/\/login\?next=/);

  await signIn(page, E2E_ADMIN);
  await expect(page).toHaveURL("/?provider=openai");
  await expect(page.getByRole("heading", { name: "Changes" })).toBeVisible();
  const who = page.getByTestId("signed-in-user");
  await expect(who).toContainText(E2E_ADMIN.email);
  await expect(who.locator("[data-role]")).toHaveText("admin");
  const cookie = (await page.context().cookies()).find((c) => c.name === "ratecard_session");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  await who.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/login");
  await page.goto("/prices");
  await expect(page).toHaveURL("/login?next=%2Fprices");
});

test("a viewer sees the pages but gets a 403 from the admin-only users page; the admin sees it", async ({ page, browser }) => {
  // An off-site `next` is ignored: the user lands on the home page (the change feed) instead.
  await page.goto("/login?next=//evil.example/");
  await signIn(page, E2E_VIEWER);
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { name: "Changes" })).toBeVisible();
  await expect(page.getByTestId("signed-in-user").locator("[data-role]")).toHaveText("viewer");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Alerts" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
  await page.goto("/prices");
  await expect(page.getByRole("heading", { name: "Prices", level: 1 })).toBeVisible();

  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Admins only" })).toBeVisible();
  await expect(page.getByText(E2E_ADMIN.email)).toHaveCount(0);

  const adminContext = await browser.newContext({ storageState: readE2eEnv().adminState });
  const adminPage = await adminContext.newPage();
  const adminResponse = await adminPage.goto("/admin/users");
  expect(adminResponse?.status()).toBe(200);
  await expect(adminPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toBeVisible();
  await expect(adminPage.locator(`tr[data-user-email="${E2E_VIEWER.email}"]`)).toContainText("viewer");
  await expect(adminPage.locator(`tr[data-user-email="${E2E_ADMIN.email}"]`)).toContainText("admin");
  await adminContext.close();
});

test("the CSV route without a session redirects to the sign-in page instead of answering", async ({ request }) => {
  const response = await request.get("/traction/report.csv", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers()["location"]).toBe("/login?next=%2Ftraction%2Freport.csv");
});

test("an expired session counts as signed out", async ({ page }) => {
  await page.goto("/login?next=%2Fcost");
  await signIn(page, E2E_VIEWER);
  await expect(page).toHaveURL("/cost");

  const token = (await page.context().cookies()).find((c) => c.name === "ratecard_session")?.value;
  expect(token).toBeTruthy();
  const db = createDbClient(readE2eEnv().databaseUrl, { maxConnections: 1 });
  try {
    const { count } = await db.session.updateMany({
      where: { id: hashSessionToken(token!) },
      data: { expiresAt: new Date(Date.now() - 60_000) },
    });
    expect(count).toBe(1);
  } finally {
    await db.$disconnect();
  }

  await page.goto("/cost");
  await expect(page).toHaveURL("/login?next=%2Fcost");
});

test("after five failed sign-ins for an email from one address the form refuses further attempts from it for a minute", async ({ page }) => {
  await page.goto("/login");
  const guess = { email: "nobody@ratecard.test", password: "guess" };
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn(page, { ...guess, password: `guess-${attempt}` });
    await expect(formError(page)).toHaveText("Wrong email or password.");
    // Wait for the form to be ready again before the next attempt.
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await signIn(page, guess);
  await expect(formError(page)).toHaveText("Too many failed sign-ins for nobody@ratecard.test from your address. Try again in 1 minute.");
});

test("a form posted from another site is refused: the same sign-in request with a foreign Origin gets no session", async ({ page }) => {
  // Capture the browser's real server-action request, then replay it as a cross-site form post would send it.
  await page.goto("/login");
  const captured = page.waitForRequest((request) => request.method() === "POST" && request.headers()["next-action"] !== undefined);
  await signIn(page, E2E_VIEWER);
  const request = await captured;
  await expect(page).toHaveURL("/");
  const headers = { ...request.headers() };
  delete headers["cookie"];
  const replay = (origin: string) =>
    page.request.fetch(request.url(), { method: "POST", headers: { ...headers, origin }, data: request.postDataBuffer() ?? "", maxRedirects: 0 });
  const sessionCookie = (response: Awaited<ReturnType<typeof replay>>) =>
    response.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith("ratecard_session="));

  const forged = await replay("https://evil.example");
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  expect(sessionCookie(forged)).toHaveLength(0);

  const genuine = await replay(new URL(request.url()).origin);
  expect(genuine.status()).toBeLessThan(400);
  expect(sessionCookie(genuine)).toHaveLength(1);
});

test("off-site addresses in ?next= lead to the home page, whether given to the sign-in page or posted with the form", async ({ page }) => {
  const offSite = [
    "//evil.example/",
    "/\\evil.example",
    "/\\/evil.example",
    "https:evil.example",
    "https://evil.example/",
    "%2F%2Fevil.example",
    "/%5Cevil.example",
    "%252F%252Fevil.example",
    "/%09/evil.example",
    "/\t/evil.example",
    "javascript:alert(1)",
    "evil.example",
  ];
  // A signed-in visitor is sent straight on: the Location header says where.
  const admin = await playwrightRequest.newContext({ baseURL: readE2eEnv().baseUrl, storageState: readE2eEnv().adminState });
  try {
    for (const next of offSite) {
      const response = await admin.get(`/login?next=${encodeURIComponent(next)}`, { maxRedirects: 0 });
      expect(response.status(), next).toBe(307);
      const location = new URL(response.headers()["location"]!, readE2eEnv().baseUrl);
      expect(location.origin, next).toBe(new URL(readE2eEnv().baseUrl).origin);
      expect(location.pathname.startsWith("//"), next).toBe(false);
    }
    // An on-site path is kept.
    const kept = await admin.get(`/login?next=${encodeURIComponent("/prices?provider=openai")}`, { maxRedirects: 0 });
    expect(kept.headers()["location"]).toBe("/prices?provider=openai");
  } finally {
    await admin.dispose();
  }

  // The form's hidden field rewritten to an off-site address: signing in lands on the home page.
  await page.goto("/login");
  await page.locator('input[name="next"]').evaluate((input) => ((input as HTMLInputElement).value = "/\\evil.example"));
  await signIn(page, E2E_VIEWER);
  await expect(page).toHaveURL("/");
});
