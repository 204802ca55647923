import { expect, test } from "@playwright/test";
import { readSeededData } from "./read-seeded-data";

const seeded = readSeededData();

test.use({ viewport: { width: 390, height: 844 } });

test("on a phone-sized screen the pages keep their width and the tables scroll inside their box", async ({ page }) => {
  for (const path of ["/", "/sources", "/prices", "/cost", "/traction", "/prices/history?provider=openai&model=GPT-5+mini", `/sources/${seeded.changedSourceId}`, `/snapshots/${seeded.maliciousSnapshotId}`]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
    await page.screenshot({ path: test.info().outputPath(`${path.split("/")[1] || "home"}.png`), fullPage: true });
  }
});
