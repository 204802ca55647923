import { expect, test, type Page } from "@playwright/test";
import { readSeededData } from "./read-seeded-data";
import { screenshotPath } from "./screenshot-path";

const seeded = readSeededData();
const cell = (page: Page, model: string, column: string) => page.locator(`tr[data-model="${model}"] td[data-column="${column}"]`);

test("the price matrix shows each model's current prices per 1M tokens with its evidence", async ({ page }) => {
  await page.goto("/prices");
  await expect(page.getByRole("heading", { name: "Prices" })).toBeVisible();
  await expect(page.locator("tbody tr")).toHaveCount(4);

  await expect(cell(page, "GPT-5 mini", "input")).toHaveText("$0.20");
  await expect(cell(page, "GPT-5 mini", "output")).toHaveText("$2.00");
  await expect(cell(page, "GPT-5 mini", "batchInput")).toHaveText("$0.10");
  await expect(cell(page, "GPT-5", "batchInput")).toHaveText("$0.625");
  await expect(cell(page, "GPT-5 nano", "input")).toHaveText("$0.05");
  await expect(cell(page, "Claude Opus 4.6", "cached")).toHaveText("$0.50");
  await expect(cell(page, "Claude Opus 4.6", "longInput")).toHaveText("$10.00");
  await expect(cell(page, "GPT-5 mini", "longInput")).toHaveText("—");
  await page.screenshot({ path: screenshotPath("prices.png"), fullPage: true });

  await page.locator('tr[data-model="GPT-5 mini"]').getByRole("link", { name: seeded.names.changed }).click();
  await expect(page).toHaveURL(`/sources/${seeded.changedSourceId}`);
});

test("the price matrix sorts by a column and filters by provider", async ({ page }) => {
  await page.goto("/prices");
  await page.getByRole("columnheader", { name: "Input", exact: true }).getByRole("link").click();
  await expect(page).toHaveURL(/sort=input&dir=asc/);
  await expect(page.locator("tbody tr").first()).toHaveAttribute("data-model", "GPT-5 nano");
  await page.getByRole("columnheader", { name: /^Input ↑$/ }).getByRole("link").click();
  await expect(page).toHaveURL(/sort=input&dir=desc/);
  await expect(page.locator("tbody tr").first()).toHaveAttribute("data-model", "Claude Opus 4.6");

  await page.getByRole("navigation", { name: "Providers" }).getByRole("link", { name: "openai" }).click();
  await expect(page).toHaveURL(/provider=openai/);
  await expect(page.locator("tbody tr")).toHaveCount(3);
  await expect(page.locator('tr[data-provider="anthropic"]')).toHaveCount(0);

  await page.goto("/prices?provider=nobody");
  await expect(page.getByText("No current prices for provider")).toBeVisible();
});

test("the price matrix filters by part of a model's name, together with the provider", async ({ page }) => {
  await page.goto("/prices?model=MINI");
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await expect(page.locator("tbody tr")).toHaveAttribute("data-model", "GPT-5 mini");
  await page.goto("/prices?provider=anthropic&model=mini");
  await expect(page.getByText("No current prices for provider “anthropic” for models containing “mini”")).toBeVisible();
});
