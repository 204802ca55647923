import { expect, test, type Page } from "@playwright/test";
import { MALICIOUS_LINE, type SeededData } from "./seed-dashboard-data";
import { readSeededData } from "./read-seeded-data";
import { screenshotPath } from "./screenshot-path";

const seeded: SeededData = readSeededData();

async function expectNothingRan(page: Page) {
  const pwned = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
  expect(pwned).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
}

test("scraped markup in a snapshot shows as text and never runs, in both views", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await page.goto(`/snapshots/${seeded.maliciousSnapshotId}`);
  await expect(page.getByTestId("snapshot-body")).toContainText(MALICIOUS_LINE);
  await expectNothingRan(page);
  await page.screenshot({ path: screenshotPath("snapshot.png"), fullPage: true });

  await page.getByRole("link", { name: "Raw body" }).click();
  await expect(page).toHaveURL(/view=raw/);
  await expect(page.getByTestId("snapshot-body")).toContainText(MALICIOUS_LINE);
  await expectNothingRan(page);

  await page.goto(`/sources/${seeded.maliciousSourceId}`);
  await expect(page.locator('#diff [data-op="add"]')).toHaveText(`+${MALICIOUS_LINE}`);
  await expectNothingRan(page);
  expect(dialogs).toEqual([]);
});

test("unknown and malformed snapshot ids are a 404", async ({ page }) => {
  for (const id of ["00000000-0000-4000-8000-000000000000", "nope"]) {
    const response = await page.goto(`/snapshots/${id}`);
    expect(response?.status(), id).toBe(404);
  }
});
