// A source whose current version was not read properly: the source page says so in a banner (how many of
// the previous version's prices were not read, the models the page still names) and lists the gaps;
// a source read fine shows neither. Scraped model names stay text.
import { createDbClient, createSource, removeSource, type Db, type PriceAnalysis } from "@ratecard/db";
import { expect, test } from "@playwright/test";
import { readE2eEnv } from "./e2e-env";
import { recordAnalysedVersion } from "./record-analysed-version";

async function sourceWithCard(db: Db, name: string, analysis: PriceAnalysis) {
  const source = await createSource(db, { kind: "page", name, url: `https://${name.toLowerCase().replace(/\W+/g, "-")}.example/pricing`, provider: "acme", schedule: "0 9 * * *" });
  const text = `${name}: Acme Large 2, Acme Medium 2 and Acme Small 2 are priced in a script`;
  await recordAnalysedVersion(db, source.id, text, analysis);
  return source;
}

test("a degraded card shows a banner with the lost count and its gaps in a table; an ok card neither", async ({ page }) => {
  const db = createDbClient(readE2eEnv().databaseUrl, { maxConnections: 1 });
  const degraded = await sourceWithCard(db, "Acme degraded", {
    cardStatus: "degraded",
    cardWarnings: ["extraction degraded: 6 of 9 prices of the previous version were not read, while the page still names Acme Large 2, <img src=x onerror=alert(1)>"],
    cardHealth: { lostPrices: 6, previousPrices: 9, lostModels: ["Acme Large 2", "<img src=x onerror=alert(1)>"] },
    extractionGaps: [
      { kind: "model_not_read", side: "new", model: "Acme Large 2", event: "model_removed", dimension: "input", tier: "batch", detail: "the new page still names Acme Large 2, but its prices were not read" },
      { kind: "unattributed_prices", line: 12, text: "| $3 / MTok | $15 / MTok |", detail: "priced line names no model" },
    ],
    pricePoints: [],
    events: [],
  });
  const ok = await sourceWithCard(db, "Acme fine", { cardStatus: "ok", cardWarnings: [], extractionGaps: [], pricePoints: [], events: [] });
  try {
    await page.goto(`/sources/${degraded.id}`);
    const banner = page.getByTestId("card-degraded");
    await expect(banner).toContainText("Extraction degraded: 6 of 9 prices of the previous version were not read");
    await expect(banner).toContainText("The page still names Acme Large 2, <img src=x onerror=alert(1)>");
    await expect(page.locator("img[src=x]")).toHaveCount(0);
    const gaps = page.getByRole("table", { name: "Extraction gaps" }).locator("tbody tr");
    await expect(gaps).toHaveCount(2);
    await expect(gaps.nth(0).locator("td")).toHaveText(["Acme Large 2", "input", "batch", "the new page still names Acme Large 2, but its prices were not read"]);
    await expect(gaps.nth(1)).toContainText("line 12");
    await expect(gaps.nth(1)).toContainText("| $3 / MTok | $15 / MTok |");

    await page.goto(`/sources/${ok.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Acme fine");
    await expect(page.getByTestId("card-degraded")).toHaveCount(0);
    await expect(page.getByRole("table", { name: "Extraction gaps" })).toHaveCount(0);
  } finally {
    await removeSource(db, degraded.id);
    await removeSource(db, ok.id);
    await db.$disconnect();
  }
});
