// The read-only JSON API and the downloads: authentication (session cookie or personal token),
// the shapes of prices and events, filters, keyset paging, and the CSV file behind the /prices link.
import { readFileSync } from "node:fs";
import { expect, request as playwrightRequest, test, type APIRequestContext, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { createApiToken, createDbClient, findUserByEmail } from "@ratecard/db";
import { E2E_VIEWER } from "./e2e-users";
import { FORMULA_EVIDENCE } from "./seed-dashboard-data";
import { readSeededData } from "./read-seeded-data";
import { screenshotPath } from "./screenshot-path";
import { fillSignInForm } from "./fill-sign-in-form";
import { readE2eEnv } from "./e2e-env";

const seeded = readSeededData();
const baseURL = readE2eEnv().baseUrl;

/** A client with no cookies, as curl would be. */
async function bareClient(token?: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({
    baseURL,
    storageState: { cookies: [], origins: [] },
    ...(token ? { extraHTTPHeaders: { authorization: `Bearer ${token}` } } : {}),
  });
}

async function createToken(page: Page, name: string): Promise<string> {
  await page.goto("/settings/api-tokens");
  const form = page.getByRole("form", { name: "Create API token" });
  await form.getByLabel("Name").fill(name);
  await form.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-api-token").textContent())?.trim() ?? "";
  expect(token).toMatch(/^rc_[A-Za-z0-9_-]{43}$/);
  return token;
}

test("without a session or with a bad token the API answers 401 JSON, never a redirect to /login", async () => {
  const client = await bareClient();
  for (const path of ["/api/v1/prices", "/api/v1/events", "/api/v1/price-history?provider=openai&model=GPT-5+mini", "/api/v1/prices?download=csv"]) {
    const response = await client.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(401);
    expect(response.headers()["www-authenticate"]).toContain("Bearer");
    expect((await response.json()).error.message).toContain("Authorization: Bearer");
  }
  const badToken = await bareClient("rc_not-a-real-token");
  const response = await badToken.get("/api/v1/prices", { maxRedirects: 0 });
  expect(response.status()).toBe(401);
  expect((await response.json()).error.message).toContain("unknown, revoked or expired");
  const malformed = await client.get("/api/v1/prices", { headers: { authorization: "Basic YWRtaW46YWRtaW4=" } });
  expect(malformed.status()).toBe(401);
  await Promise.all([client.dispose(), badToken.dispose()]);
});

test("a token created on the settings page works like curl, shows its last use, and stops working once revoked", async ({ page }) => {
  const name = "Weekly export script";
  const token = await createToken(page, name);
  await expect(page.getByText("it is not shown again")).toBeVisible();
  const row = page.locator(`tr[data-token-name="${name}"]`);
  await expect(row).toContainText("active");
  await expect(row).toContainText("never");
  await expect(row).not.toContainText(token);
  await page.screenshot({ path: screenshotPath("api-tokens.png"), fullPage: true });

  const client = await bareClient(token);
  const prices = await client.get("/api/v1/prices?provider=openai&model=GPT-5%20mini");
  expect(prices.status()).toBe(200);
  const body = await prices.json();
  const input = body.data.find((p: { dimension: string; tier: string }) => p.dimension === "input" && p.tier === "standard");
  expect(input).toMatchObject({
    provider: "openai",
    model: "GPT-5 mini",
    usdPer1M: 0.2,
    amount: 0.2,
    unit: "1M tokens",
    currency: "USD",
    contextAbove: null,
    evidence: "GPT-5 mini | $0.20 / 1M tokens | $2.00 / 1M tokens",
    source: { id: seeded.changedSourceId, name: seeded.names.changed, kind: "page" },
  });
  expect(Date.parse(input.lastConfirmedAt)).not.toBeNaN();
  expect(body.data.map((p: { model: string }) => p.model)).toEqual(Array(4).fill("GPT-5 mini"));
  expect(body.next).toBeNull();

  await page.reload();
  await expect(row.locator("td").nth(3)).toContainText("UTC");

  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(row).toContainText("revoked");
  const revoked = await client.get("/api/v1/prices");
  expect(revoked.status()).toBe(401);
  expect(revoked.headers()["www-authenticate"]).toContain('error="invalid_token"');
  await client.dispose();
});

test("events take the feed's filters and page with a cursor into disjoint pages", async ({ request }) => {
  const filtered = await request.get("/api/v1/events?provider=openai&kind=price_decrease");
  expect(filtered.status()).toBe(200);
  const { data, next } = await filtered.json();
  expect(data.map((e: { id: string }) => e.id)).toEqual([seeded.eventIds.miniDecrease]);
  expect(data[0]).toMatchObject({ kind: "price_decrease", model: "GPT-5 mini", oldValue: 0.25, newValue: 0.2, source: { id: seeded.changedSourceId } });
  expect(next).toBeNull();

  // Page one event at a time through the whole feed (other specs may add events of their own).
  const first = await (await request.get("/api/v1/events?limit=1")).json();
  expect(first.data).toHaveLength(1);
  expect(first.next).toMatch(/^\/api\/v1\/events\?limit=1&cursor=[A-Za-z0-9_-]+$/);
  const events: { id: string; detectedAt: string }[] = [...first.data];
  for (let next: string | null = first.next; next; ) {
    const page: { data: { id: string; detectedAt: string }[]; next: string | null } = await (await request.get(next)).json();
    expect(page.data).toHaveLength(1);
    events.push(...page.data);
    next = page.next;
  }
  const ids = events.map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toEqual(expect.arrayContaining([seeded.eventIds.miniDecrease, seeded.eventIds.acmeAdded]));
  const times = events.map((e) => Date.parse(e.detectedAt));
  expect(times).toEqual([...times].sort((a, b) => b - a));

  // Prices page the same way: three pages of 5 over the 12 OpenAI price points, none repeated.
  const priceIds: string[] = [];
  let pages = 0;
  for (let path: string | null = "/api/v1/prices?provider=openai&limit=5"; path; pages++) {
    const page: { data: { id: string }[]; next: string | null } = await (await request.get(path)).json();
    priceIds.push(...page.data.map((p) => p.id));
    path = page.next;
  }
  expect(pages).toBe(3);
  expect(priceIds).toHaveLength(12);
  expect(new Set(priceIds).size).toBe(12);
});

test("bad parameters are 400, unknown paths and models 404, and other methods 405, all as JSON", async ({ request }) => {
  const cases: [string, number, string][] = [
    ["/api/v1/events?kind=price_up", 400, "parameter 'kind' must be one of"],
    ["/api/v1/events?limit=9999", 400, "parameter 'limit' must be a whole number from 1 to 500"],
    ["/api/v1/events?since=2026-02-30", 400, "parameter 'since' must be a date"],
    ["/api/v1/events?cursor=nonsense", 400, "parameter 'cursor' is not a cursor"],
    ["/api/v1/prices?min_pct=3", 400, "unknown parameter 'min_pct'"],
    ["/api/v1/price-history?provider=openai", 400, "parameter 'model' is required"],
    ["/api/v1/price-history?provider=openai&model=GPT-9", 404, "No prices are known for model 'GPT-9'"],
    ["/api/v1/nothing-here", 404, "No API endpoint at /api/v1/nothing-here"],
  ];
  for (const [path, status, message] of cases) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect((await response.json()).error.message, path).toContain(message);
  }
  for (const method of ["post", "put", "delete"] as const) {
    const response = await request[method]("/api/v1/events", { data: {} });
    expect(response.status(), method).toBe(405);
    expect(response.headers()["allow"]).toBe("GET, HEAD");
    expect((await response.json()).error.message).toContain("read-only");
  }
});

test("dates out of range or impossible, in every date parameter and cursor, are a 400 naming the parameter, never a 500", async ({ request }) => {
  const cursorAt = (time: string) => Buffer.from(JSON.stringify([time, "0b6f1c8e-7c1a-4b8e-9a51-3f2d1e0c9b7a"])).toString("base64url");
  const cases: [string, string][] = [];
  for (const name of ["since", "until"]) {
    for (const value of ["0000-01-01", "0001-01-01T00:30:00%2B01:00", "1969-12-31T23:59:59Z", "10000-01-01", "%2B275760-09-13", "9999-12-31T23:59:59-00:01", "2026-01-01T24:00:00Z", "2026-13-01"]) {
      cases.push([`/api/v1/events?${name}=${value}`, `parameter '${name}'`]);
    }
  }
  for (const time of ["0000-01-01T00:00:00.000Z", "2026-02-30T10:00:00.000Z", "2026-01-01T25:00:00.000Z"]) {
    cases.push([`/api/v1/events?cursor=${cursorAt(time)}`, "parameter 'cursor'"]);
    cases.push([`/api/v1/price-history?provider=openai&model=GPT-5%20mini&cursor=${cursorAt(time)}`, "parameter 'cursor'"]);
  }
  cases.push(["/api/v1/events?download=csv&since=0000-01-01", "parameter 'since'"]);
  for (const [path, message] of cases) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect((await response.json()).error.message, path).toContain(message);
  }
  // The bounds themselves are fine.
  expect((await request.get("/api/v1/events?since=1970-01-01&until=9999-12-31T23:59:59Z")).status()).toBe(200);
});

test("a model's price history lists what each snapshot stated, oldest first", async ({ request }) => {
  const response = await request.get("/api/v1/price-history?provider=openai&model=GPT-5%20mini&limit=500");
  expect(response.status()).toBe(200);
  const { data } = await response.json();
  const inputs = data.filter((p: { dimension: string; tier: string }) => p.dimension === "input" && p.tier === "standard");
  expect(inputs.map((p: { usdPer1M: number }) => p.usdPer1M)).toEqual([0.25, 0.2]);
  expect(inputs.map((p: { snapshot: { id: string } }) => p.snapshot.id)).toEqual([seeded.changedSnapshotIds.older, seeded.changedSnapshotIds.newer]);
});

test("the /prices page's CSV link downloads the filtered prices with a header row, and the feed's links keep its filters", async ({ page }) => {
  await page.goto("/prices?provider=openai");
  const links = page.getByLabel("Download these prices");
  await expect(links.getByRole("link", { name: "CSV" })).toHaveAttribute("href", "/api/v1/prices?sourceKind=page&provider=openai&download=csv");
  const [download] = await Promise.all([page.waitForEvent("download"), links.getByRole("link", { name: "CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^ratecard-prices-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parse(readFileSync(await download.path(), "utf8"), { columns: true }) as Record<string, string>[];
  const header = Object.keys(rows[0] ?? {});
  expect(header.slice(0, 4)).toEqual(["provider", "model", "dimension", "tier"]);
  expect(header).toEqual(expect.arrayContaining(["usd_per_1m", "last_confirmed_at", "evidence", "source_url"]));
  expect(rows).toHaveLength(12);
  expect(rows.every((row) => row.provider === "openai")).toBe(true);
  expect(rows.find((row) => row.model === "GPT-5 mini" && row.dimension === "input" && row.tier === "standard")).toMatchObject({
    usd_per_1m: "0.2",
    evidence: "GPT-5 mini | $0.20 / 1M tokens | $2.00 / 1M tokens",
    source_name: seeded.names.changed,
  });

  await page.goto("/?provider=openai&kind=price_decrease");
  const feedLinks = page.getByLabel("Download these changes");
  await expect(feedLinks.getByRole("link", { name: "JSON" })).toHaveAttribute("href", "/api/v1/events?provider=openai&kind=price_decrease&download=json");
  const [json] = await Promise.all([page.waitForEvent("download"), feedLinks.getByRole("link", { name: "JSON" }).click()]);
  expect(json.suggestedFilename()).toMatch(/^ratecard-events-\d{4}-\d{2}-\d{2}\.json$/);
  const events = JSON.parse(readFileSync(await json.path(), "utf8"));
  expect(events.map((e: { id: string }) => e.id)).toEqual([seeded.eventIds.miniDecrease]);
});

test("a viewer can create a token too, and it reads the API", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/login?next=/settings/api-tokens");
  await fillSignInForm(page, E2E_VIEWER);
  await expect(page).toHaveURL("/settings/api-tokens");
  const token = await createToken(page, "viewer export");
  const client = await bareClient(token);
  const response = await client.get("/api/v1/events?provider=acme");
  expect(response.status()).toBe(200);
  expect((await response.json()).data.map((e: { id: string }) => e.id)).toEqual([seeded.eventIds.acmeAdded]);
  await Promise.all([client.dispose(), context.close()]);
});

test.describe("on a phone-sized screen", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the API tokens page keeps its width, with a new token shown in full", async ({ page }) => {
    await createToken(page, "phone");
    await expect(page.locator('tr[data-token-name="phone"]')).toContainText("active");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test("an expired token, malformed Authorization headers, and a bad token sent next to a valid session are all 401", async () => {
  const db = createDbClient(readE2eEnv().databaseUrl, { maxConnections: 1 });
  let expired: string;
  try {
    const viewer = await findUserByEmail(db, E2E_VIEWER.email);
    const created = await createApiToken(db, { userId: viewer!.id, name: "expired", now: new Date(Date.now() - 2 * 86_400_000), expiresAt: new Date(Date.now() - 60_000) });
    expired = created.token;
  } finally {
    await db.$disconnect();
  }
  const expiredClient = await bareClient(expired);
  const response = await expiredClient.get("/api/v1/prices");
  expect(response.status()).toBe(401);
  expect(response.headers()["www-authenticate"]).toContain('error="invalid_token"');
  await expiredClient.dispose();

  const client = await bareClient();
  for (const authorization of ["Bearer", "Bearer ", "Bearer a b", `Bearer rc_${"x".repeat(43)}`, `Bearer ${"rc_".repeat(2000)}`, "Token rc_abc", "bearer\trc_"]) {
    const malformed = await client.get("/api/v1/events", { headers: { authorization } });
    expect(malformed.status(), authorization.slice(0, 40)).toBe(401);
    expect((await malformed.json()).error.message).toMatch(/Authorization header|unknown, revoked or expired/);
  }
  await client.dispose();

  // The admin's session cookie does not rescue a bad token: a request with a token is judged by it alone.
  const withCookie = await playwrightRequest.newContext({ baseURL, storageState: readE2eEnv().adminState, extraHTTPHeaders: { authorization: "Bearer rc_revoked-or-made-up" } });
  expect((await withCookie.get("/api/v1/prices")).status()).toBe(401);
  await withCookie.dispose();
});

test("scraped evidence that a spreadsheet would run as a formula is written as text in the events CSV", async ({ request }) => {
  const response = await request.get("/api/v1/events?provider=acme&download=csv");
  expect(response.status()).toBe(200);
  const [header, ...rows] = parse(await response.text()) as string[][];
  const evidence = rows.map((row) => row[header!.indexOf("new_evidence")]);
  expect(evidence).toEqual([`'${FORMULA_EVIDENCE}`]);
});
