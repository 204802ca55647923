import { expect, test, type Page } from "@playwright/test";
import { readSeededData } from "./read-seeded-data";
import { screenshotPath } from "./screenshot-path";

const seeded = readSeededData();
const eventRow = (page: Page, id: string) => page.locator(`tr[data-event-id="${id}"]`);

test("the change feed shows each event's sentence, kind, model, old and new price and percent", async ({ page }) => {
  // The feed is the home page, and the first item of the navigation.
  await page.goto("/sources");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link").nth(1)).toHaveText("Changes");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Changes" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { name: "Changes" })).toBeVisible();

  const mini = eventRow(page, seeded.eventIds.miniDecrease);
  await expect(mini).toContainText("openai cut GPT-5 mini input from $0.25 to $0.20 per 1M tokens (-20%)");
  await expect(mini.locator("[data-kind]")).toHaveText("price decrease");
  await expect(mini).toContainText("GPT-5 mini");
  await expect(mini).toContainText("$0.25 → $0.20");
  await expect(mini.locator("[data-pct]")).toHaveText("-20%");
  // Newest first: Acme's event (3 hours ago) before the mini decrease (5 hours ago).
  await expect(page.locator("tr[data-event-id]").first()).toHaveAttribute("data-event-id", seeded.eventIds.acmeAdded);

  const banner = page.getByRole("region", { name: "Failing sources" });
  await expect(banner).toContainText(`${seeded.names.failed} (failed) since`);
  await expect(banner).toContainText(`${seeded.names.blocked} (blocked) since 2 hours ago`);

  await page.screenshot({ path: screenshotPath("changes.png"), fullPage: true });
});

test("an event links to the snapshot diff it was detected in", async ({ page }) => {
  await page.goto("/");
  await eventRow(page, seeded.eventIds.miniDecrease).getByRole("link", { name: "View diff" }).click();
  const { older, newer } = seeded.changedSnapshotIds;
  await expect(page).toHaveURL(`/sources/${seeded.changedSourceId}?from=${older}&to=${newer}`);
  await expect(page.locator('#diff [data-op="remove"]')).toContainText("GPT-5 mini | $0.25 / 1M tokens");
  await expect(page.locator('#diff [data-op="add"]')).toContainText("GPT-5 mini | $0.20 / 1M tokens");
});

test("the filters narrow the feed by provider, model, kind and minimum percent change", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("tr[data-event-id]")).toHaveCount(2);

  const form = page.getByRole("form", { name: "Filter changes" });
  await form.getByLabel("Provider").selectOption("openai");
  await form.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/provider=openai/);
  await expect(page.locator("tr[data-event-id]")).toHaveCount(1);
  await expect(eventRow(page, seeded.eventIds.miniDecrease)).toBeVisible();

  await page.goto("/?model=acme");
  await expect(page.locator("tr[data-event-id]")).toHaveCount(1);
  await expect(eventRow(page, seeded.eventIds.acmeAdded)).toBeVisible();

  await page.goto("/?kind=price_decrease&minPct=20");
  await expect(page.locator("tr[data-event-id]")).toHaveCount(1);
  await page.goto("/?minPct=25");
  await expect(page.locator("tr[data-event-id]")).toHaveCount(0);
  await expect(page.getByText("No changes match these filters.")).toBeVisible();
});

test("scraped text in an event's sentence is shown as text, never run", async ({ page }) => {
  await page.goto("/");
  await expect(eventRow(page, seeded.eventIds.acmeAdded)).toContainText("<script>window.__pwned=1</script>");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("the old /changes address leads to the feed on the home page with its filters", async ({ page }) => {
  await page.goto("/changes?provider=openai&kind=price_decrease");
  await expect(page).toHaveURL("/?provider=openai&kind=price_decrease");
  await expect(page.locator("tr[data-event-id]")).toHaveCount(1);
  await expect(page.locator(`tr[data-event-id="${seeded.eventIds.miniDecrease}"]`)).toBeVisible();
});

test("an absurd page number is the first page, not an error", async ({ page }) => {
  for (const path of ["/?page=1e300", "/alerts?page=1e300", "/sources?page=-4", "/prices?page=abc"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
  }
  await page.goto("/?page=1e300");
  await expect(page.locator(`tr[data-event-id="${seeded.eventIds.acmeAdded}"]`)).toBeVisible();
});
