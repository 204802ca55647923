import { expect, test } from "@playwright/test";
import { E2E_VIEWER } from "./e2e-users";
import { readSeededData } from "./read-seeded-data";
import { screenshotPath } from "./screenshot-path";
import { SCREENSHOT_JPEG_BASE64 } from "./seed-dashboard-data";
import { fillSignInForm } from "./fill-sign-in-form";

const seeded = readSeededData();

test("a source page diffs the latest snapshot against the one before, side by side, with the price change marked", async ({ page }) => {
  await page.goto(`/sources/${seeded.changedSourceId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(seeded.names.changed);

  const snapshotRows = page.locator("tr[data-snapshot-id]");
  await expect(snapshotRows).toHaveCount(2);
  await expect(snapshotRows.first()).toHaveAttribute("data-snapshot-id", seeded.changedSnapshotIds.newer);

  const diff = page.locator("#diff");
  await expect(diff.getByTestId("side-by-side-diff")).toBeVisible();
  const removed = diff.locator('[data-side="old"][data-op="remove"]');
  const added = diff.locator('[data-side="new"][data-op="add"]');
  await expect(removed).toHaveCount(1);
  await expect(added).toHaveCount(1);
  await expect(removed).toContainText("GPT-5 mini | $0.25 / 1M tokens");
  await expect(added).toContainText("GPT-5 mini | $0.20 / 1M tokens");
  // The old line is on the left of the row, its replacement on the right, and the right one carries the price change.
  const changedRow = diff.locator("tr", { has: page.locator('[data-side="new"][data-op="add"]') });
  await expect(changedRow.locator("td").nth(1)).toContainText("$0.25");
  await expect(changedRow.locator("td").nth(3)).toContainText("$0.20");
  await expect(added.getByTestId("price-marker")).toHaveText("$0.25 → $0.20");
  await expect(diff.locator('[data-side="old"][data-op="context"]').first()).toBeVisible();

  // The list above the diff: the standard price and the batch price (half of it) both fell.
  const changes = diff.getByRole("list", { name: "Price changes" }).locator("li");
  await expect(changes).toHaveCount(2);
  await expect(changes.filter({ hasText: "$0.25 → $0.20" })).toHaveCount(1);
  await expect(changes.filter({ hasText: "$0.125 → $0.10" })).toHaveCount(1);

  await expect(diff.locator('[data-pair-side="old"]').getByRole("link", { name: "raw page" })).toHaveAttribute(
    "href",
    `/snapshots/${seeded.changedSnapshotIds.older}?view=raw`,
  );
  await expect(page.getByRole("table").last()).toContainText("unchanged");
  await page.screenshot({ path: screenshotPath("source-diff.png"), fullPage: true });

  await diff.getByRole("link", { name: "Inline" }).click();
  await expect(page).toHaveURL(/view=inline/);
  await expect(diff.getByTestId("side-by-side-diff")).toHaveCount(0);
  await expect(diff.locator('[data-op="remove"]')).toHaveText("-| GPT-5 mini | $0.25 / 1M tokens | $2.00 / 1M tokens |");
  await expect(diff.locator('[data-op="add"]')).toHaveText("+| GPT-5 mini | $0.20 / 1M tokens | $2.00 / 1M tokens |");
});

test("another pair of snapshots can be picked on the timeline", async ({ page }) => {
  const { older, newer } = seeded.changedSnapshotIds;
  await page.goto(`/sources/${seeded.changedSourceId}`);
  const timeline = page.getByRole("form", { name: "Pick two snapshots" });
  await expect(timeline.locator("[data-timeline-snapshot]")).toHaveCount(2);
  await timeline.locator(`input[name="from"][value="${newer}"]`).check();
  await timeline.locator(`input[name="to"][value="${older}"]`).check();
  await timeline.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${newer}&to=${older}`));
  await expect(page.locator('#diff [data-side="new"][data-op="add"]')).toContainText("$0.25");
  await expect(page.locator('#diff [data-side="old"][data-op="remove"]')).toContainText("$0.20");
  await expect(page.getByTestId("price-marker")).toHaveText("$0.20 → $0.25");
});

test("a browser check's screenshots are shown beside the diff and served only to signed-in users", async ({ page, browser }) => {
  const { sourceId, snapshotIds } = seeded.browser;
  await page.goto(`/sources/${sourceId}`);
  await expect(page.locator("#diff").getByText("No prices were read from one of these snapshots")).toBeVisible();
  for (const id of [snapshotIds.older, snapshotIds.newer]) {
    const image = page.locator(`#diff img[src="/snapshots/${id}/screenshot"]`);
    await expect(image).toBeVisible();
    // Decoded by the browser: the seeded 64×40 JPEG.
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(64);
  }

  const expected = Buffer.from(SCREENSHOT_JPEG_BASE64, "base64");
  const asAdmin = await page.request.get(`/snapshots/${snapshotIds.newer}/screenshot`);
  expect(asAdmin.status()).toBe(200);
  expect(asAdmin.headers()["content-type"]).toBe("image/jpeg");
  expect(Buffer.compare(await asAdmin.body(), expected)).toBe(0);

  // A snapshot fetched without a browser has no screenshot; an unknown id neither.
  for (const id of [seeded.changedSnapshotIds.newer, "00000000-0000-4000-8000-000000000000", "nope"]) {
    expect((await page.request.get(`/snapshots/${id}/screenshot`)).status(), id).toBe(404);
  }

  const signedOut = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const anonymous = await signedOut.request.get(`/snapshots/${snapshotIds.newer}/screenshot`, { maxRedirects: 0 });
  expect([302, 303, 307]).toContain(anonymous.status());
  expect(anonymous.headers()["location"]).toMatch(/\/login/);
  expect(anonymous.headers()["content-type"] ?? "").not.toContain("image");

  // The viewer signs in on the form and may see it too.
  const viewerPage = await signedOut.newPage();
  await viewerPage.goto("/login");
  await fillSignInForm(viewerPage, E2E_VIEWER);
  await expect(viewerPage.getByTestId("signed-in-user")).toBeVisible();
  const asViewer = await viewerPage.request.get(`/snapshots/${snapshotIds.older}/screenshot`);
  expect(asViewer.status()).toBe(200);
  expect(asViewer.headers()["content-type"]).toBe("image/jpeg");
  await signedOut.close();
});

test("a snapshot with <script> markup never runs in the side-by-side diff", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`/sources/${seeded.maliciousSourceId}`);
  await expect(page.locator('#diff [data-side="new"][data-op="add"]')).toContainText("<script>window.__pwned=1</script>");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("unknown and malformed source ids are a 404", async ({ page }) => {
  for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid", "------------------------------------"]) {
    const response = await page.goto(`/sources/${id}`);
    expect(response?.status(), id).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
});
