// Security headers on every kind of dashboard response, and the Content-Security-Policy in action:
// the chart pages hydrate and draw under it with no violation, and a script without the page's nonce
// (what an injection would be) does not run.
import { expect, test, type APIResponse, type Page } from "@playwright/test";

const EXPECTED = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
  "cross-origin-opener-policy": "same-origin",
};

function expectSecurityHeaders(response: APIResponse, what: string, options: { csp: boolean }): void {
  const headers = response.headers();
  for (const [name, value] of Object.entries(EXPECTED)) expect(headers[name], `${name} on ${what}`).toBe(value);
  expect(headers["permissions-policy"], what).toContain("camera=()");
  expect(headers["x-powered-by"], what).toBeUndefined();
  if (!options.csp) return;
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
  expect(csp, what).toContain("object-src 'none'");
  expect(csp, what).toContain("base-uri 'none'");
  expect(csp, what).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
}

test("pages, API routes, downloads, redirects, error pages and static files all carry the security headers", async ({ request, page }) => {
  test.setTimeout(90_000); // a dozen server-rendered responses on a shared machine
  await page.goto("/cost");
  const chunk = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
  expect(chunk).toBeTruthy();
  const targets: [string, { csp: boolean; status?: number }][] = [
    ["/", { csp: true }],
    ["/prices", { csp: true }],
    ["/admin/users", { csp: true }],
    ["/api/v1/prices", { csp: true }],
    ["/api/v1/events?since=0000-01-01", { csp: true, status: 400 }],
    ["/api/v1/nothing-here", { csp: true, status: 404 }],
    ["/api/v1/prices?download=csv", { csp: true }],
    ["/traction/report.csv", { csp: true }],
    ["/sources/not-a-source", { csp: true, status: 404 }],
    ["/changes", { csp: true, status: 307 }],
    [chunk!, { csp: false }],
  ];
  for (const [path, options] of targets) {
    const response = await request.get(path, { maxRedirects: 0 });
    if (options.status) expect(response.status(), path).toBe(options.status);
    else expect(response.status(), path).toBe(200);
    expectSecurityHeaders(response, path, options);
  }
  // Signed out: the sign-in page and the redirect to it.
  const signedOut = await request.get("/login", { headers: { cookie: "" } });
  expectSecurityHeaders(signedOut, "/login", { csp: true });

  // A fresh nonce on every response, and it is the one on the page's scripts.
  const [first, second] = await Promise.all([request.get("/cost"), request.get("/cost")]);
  const nonceOf = (response: APIResponse) => /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonceOf(first)).not.toBe(nonceOf(second));
  expect(await first.text()).toContain(`nonce="${nonceOf(first)}"`);
});

/** Records CSP violations and console errors from the start of every document the page loads. */
async function watchForViolations(page: Page): Promise<{ violations: () => Promise<string[]>; consoleErrors: string[] }> {
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return {
    violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    consoleErrors,
  };
}

for (const [path, chartId] of [
  ["/prices/history?provider=openai&model=GPT-5+mini", "price-history-chart"],
  ["/cost", "cost-chart"],
  ["/traction", "traction-chart"],
] as const) {
  test(`${path} hydrates and draws its chart under the Content-Security-Policy with no violation`, async ({ page }) => {
    const watch = await watchForViolations(page);
    await page.goto(path);
    // Recharts measures its container in the browser: a drawn line means the page's scripts ran.
    await expect(page.getByTestId(chartId).locator("path.recharts-line-curve").first()).toBeVisible();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Prices" }).click();
    await expect(page.getByRole("heading", { name: "Prices", level: 1 })).toBeVisible();
    expect(await watch.violations()).toEqual([]);
    // (The dashboard has no favicon; the browser's request for one is the only error allowed.)
    expect(watch.consoleErrors.filter((text) => !text.includes("/favicon.ico"))).toEqual([]);
  });
}

test("markup injected into a page, an inline script and an event handler without the nonce, does not run and is reported", async ({ page }) => {
  const watch = await watchForViolations(page);
  // As if scraped text had reached the HTML unescaped: the server's response with markup added, same headers.
  await page.route("**/cost", async (route) => {
    const response = await route.fetch();
    const injected = (await response.text()).replace(
      "</body>",
      `<script>window.injected = "script"</script><img src="/missing.png" onerror="window.injected = 'handler'"></body>`,
    );
    await route.fulfill({ response, body: injected });
  });
  await page.goto("/cost");
  // The page's own scripts (with the nonce) still run: the chart is drawn.
  await expect(page.getByTestId("cost-chart").locator("path.recharts-line-curve").first()).toBeVisible();
  await expect.poll(watch.violations).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src-elem inline/), expect.stringMatching(/^script-src-attr inline/)]));
  expect(await page.evaluate(() => (window as unknown as { injected?: string }).injected)).toBeUndefined();
});
