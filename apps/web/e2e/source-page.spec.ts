import { expect, test } from "@playwright/test";
import { readSeededData } from "./read-seeded-data";
import { screenshotPath } from "./screenshot-path";

const seeded = readSeededData();

test("a source page lists its snapshots and diffs the latest against the one before", async ({ page }) => {
  await page.goto(`/sources/${seeded.changedSourceId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(seeded.names.changed);

  const snapshotRows = page.locator("tr[data-snapshot-id]");
  await expect(snapshotRows).toHaveCount(2);
  await expect(snapshotRows.first()).toHaveAttribute("data-snapshot-id", seeded.changedSnapshotIds.newer);

  const diff = page.locator("#diff");
  await expect(diff.locator('[data-op="remove"]')).toHaveCount(1);
  await expect(diff.locator('[data-op="add"]')).toHaveCount(1);
  await expect(diff.locator('[data-op="remove"]')).toContainText("GPT-5 mini | $0.25 / 1M tokens");
  await expect(diff.locator('[data-op="add"]')).toContainText("GPT-5 mini | $0.20 / 1M tokens");
  await expect(diff.locator('[data-op="context"]').first()).toBeVisible();

  await expect(page.getByRole("table").last()).toContainText("unchanged");
  await page.screenshot({ path: screenshotPath("source-diff.png"), fullPage: true });
});

test("another pair of snapshots can be picked with the selects", async ({ page }) => {
  const { older, newer } = seeded.changedSnapshotIds;
  await page.goto(`/sources/${seeded.changedSourceId}`);
  await page.getByLabel("Old").selectOption(newer);
  await page.getByLabel("New").selectOption(older);
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${newer}&to=${older}`));
  await expect(page.locator('#diff [data-op="add"]')).toContainText("$0.25");
  await expect(page.locator('#diff [data-op="remove"]')).toContainText("$0.20");
});

test("unknown and malformed source ids are a 404", async ({ page }) => {
  for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid", "------------------------------------"]) {
    const response = await page.goto(`/sources/${id}`);
    expect(response?.status(), id).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
});
