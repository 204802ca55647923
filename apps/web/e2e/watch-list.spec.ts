import { expect, test } from "@playwright/test";
import { readSeededData } from "./read-seeded-data";
import { screenshotPath } from "./screenshot-path";

const seeded = readSeededData();

test("the watch list shows every source with its last check outcome, time and duration", async ({ page }) => {
  await page.goto("/sources");
  await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();

  const row = (id: string) => page.locator(`tr[data-source-id="${id}"]`);
  await expect(row(seeded.changedSourceId)).toContainText(seeded.names.changed);
  await expect(row(seeded.changedSourceId)).toContainText("openai · page");
  await expect(row(seeded.changedSourceId)).toContainText("0 */6 * * *");
  await expect(row(seeded.changedSourceId).locator("[data-outcome]")).toHaveText("unchanged");
  await expect(row(seeded.changedSourceId)).toContainText("842 ms");
  await expect(row(seeded.changedSourceId)).toContainText("1 hour ago");
  await expect(row(seeded.changedSourceId).locator("td").last()).toHaveText("2", { useInnerText: true });

  await expect(row(seeded.failedSourceId).locator("[data-outcome]")).toHaveText("failed");
  await expect(row(seeded.failedSourceId)).toContainText("HTTP 503 Service Unavailable");
  await expect(row(seeded.blockedSourceId).locator("[data-outcome]")).toHaveText("blocked");
  await expect(row(seeded.blockedSourceId)).toContainText("bot challenge");
  await expect(row(seeded.maliciousSourceId).locator("[data-outcome]")).toHaveText("changed");
  await expect(row(seeded.uncheckedSourceId)).toContainText("never checked");

  await page.screenshot({ path: screenshotPath("sources.png"), fullPage: true });
});

test("a banner names the sources whose last check failed or was blocked", async ({ page }) => {
  await page.goto("/sources");
  const banner = page.getByRole("region", { name: "Failing sources" });
  await expect(banner).toContainText("2 sources failing:");
  await expect(banner).toContainText(`${seeded.names.failed} (failed)`);
  await expect(banner).toContainText(`${seeded.names.blocked} (blocked)`);
  await banner.getByRole("link", { name: seeded.names.failed }).click();
  await expect(page).toHaveURL(`/sources/${seeded.failedSourceId}`);
});

test("the watch list filters by text, kind and status", async ({ page }) => {
  const rows = page.locator("tr[data-source-id]");
  await page.goto("/sources?status=failing");
  await expect(rows).toHaveCount(2);
  await expect(page.locator(`tr[data-source-id="${seeded.failedSourceId}"]`)).toBeVisible();
  await expect(page.locator(`tr[data-source-id="${seeded.blockedSourceId}"]`)).toBeVisible();

  await page.goto("/sources");
  const form = page.getByRole("form", { name: "Filter sources" });
  await form.getByLabel("Name, URL or provider").fill("ACME.EXAMPLE");
  await form.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/q=ACME.EXAMPLE/);
  await expect(rows).toHaveCount(1);
  await expect(rows).toHaveAttribute("data-source-id", seeded.maliciousSourceId);

  await page.goto("/sources?kind=github_repo");
  await expect(rows.first()).toContainText("github_repo");
  for (const text of await rows.allInnerTexts()) expect(text).toContain("github_repo");

  await page.goto("/sources?status=never");
  await expect(rows).toHaveCount(1);
  await expect(rows).toHaveAttribute("data-source-id", seeded.uncheckedSourceId);
  await expect(rows).toContainText("never checked");

  await page.goto("/sources?status=never&kind=page");
  await expect(page.getByText("No sources match these filters.")).toBeVisible();
});
