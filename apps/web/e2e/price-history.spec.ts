import { expect, test } from "@playwright/test";
import { readSeededData } from "./read-seeded-data";
import { screenshotPath } from "./screenshot-path";

const seeded = readSeededData();

test("a model's price history shows its prices as steps over time and its change events", async ({ page }) => {
  await page.goto("/prices");
  await page.locator('tr[data-model="GPT-5 mini"]').getByRole("link", { name: "GPT-5 mini" }).click();
  await expect(page).toHaveURL("/prices/history?provider=openai&model=GPT-5+mini");
  await expect(page.getByRole("heading", { name: "GPT-5 mini", level: 1 })).toBeVisible();

  const chart = page.getByTestId("price-history-chart");
  await expect(chart.locator("svg.recharts-surface").first()).toBeVisible();
  await expect(chart.locator("path.recharts-line-curve")).toHaveCount(2);
  await expect(chart.locator(".recharts-reference-line")).toHaveCount(1);
  await expect(chart).toContainText("Input");
  await expect(chart).toContainText("Output");

  const event = page.locator(`li[data-event-id="${seeded.eventIds.miniDecrease}"]`);
  await expect(event).toContainText("openai cut GPT-5 mini input from $0.25 to $0.20 per 1M tokens (-20%)");
  await expect(event.locator("[data-kind]")).toHaveText("price decrease");
  await page.screenshot({ path: screenshotPath("price-history.png"), fullPage: true });
});

test("a model without prices says so", async ({ page }) => {
  await page.goto("/prices/history?provider=openai&model=GPT-0");
  await expect(page.getByText("No prices recorded for model “GPT-0” of provider “openai”")).toBeVisible();
});
