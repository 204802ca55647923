import { expect, test } from "@playwright/test";
import { screenshotPath } from "./screenshot-path";

test("the cost calculator ranks the models for the default workload, cheapest first", async ({ page }) => {
  await page.goto("/cost");
  await expect(page.getByRole("heading", { name: "Cost", exact: true })).toBeVisible();
  const models = page.locator("tbody tr");
  await expect(models.first()).toHaveAttribute("data-model", "GPT-5 nano");
  await expect(models.last()).toHaveAttribute("data-model", "Claude Opus 4.6");
  // 2,000 input tokens at $0.05/1M and 500 output tokens at $0.40/1M.
  await expect(models.first().locator('[data-column="perTask"]')).toHaveText("$0.0003");
  await expect(page.getByRole("columnheader", { name: "1,000,000 tasks/mo" })).toBeVisible();
  await expect(page.getByTestId("cheapest")).toContainText("openai GPT-5 nano");

  // The chart: one line per ranked model (four seeded, fewer than the five charted).
  const ranked = await models.evaluateAll((rows) => rows.map((row) => row.getAttribute("data-model")));
  expect(ranked).toHaveLength(4);
  const chart = page.getByTestId("cost-chart");
  await expect(chart.locator("path.recharts-line-curve")).toHaveCount(ranked.length);
  for (const model of ranked) await expect(chart.locator(".recharts-legend-wrapper")).toContainText(model!);
  // Seeded prices are per token only: the lines never cross, so no crossover is marked and the note says so.
  await expect(chart.locator(".recharts-reference-line")).toHaveCount(0);
  await expect(page.getByTestId("crossover-note")).toContainText(
    "The cheapest model never changes between 10 tasks a month and 10,000,000 tasks a month: openai GPT-5 nano",
  );
  await page.screenshot({ path: screenshotPath("cost.png"), fullPage: true });
});

test("the workload form prices batch tasks at the given monthly volume", async ({ page }) => {
  await page.goto("/cost");
  const form = page.getByRole("form", { name: "Workload" });
  await form.getByLabel("Input tokens per task").fill("10000");
  await form.getByLabel("Output tokens per task").fill("1000");
  await form.getByLabel("Tasks per month").fill("5000");
  await form.getByLabel("Batch API").check();
  await form.getByRole("button", { name: "Calculate" }).click();
  await expect(page).toHaveURL(/input=10000&output=1000&cachedShare=&tasks=5000&batch=1/);
  await expect(page.getByRole("columnheader", { name: "5,000 tasks/mo" })).toBeVisible();
  // Batch nano: 10,000 × $0.025/1M + 1,000 × $0.20/1M = $0.00045 a task, $2.25 for 5,000.
  const nano = page.locator('tbody tr[data-model="GPT-5 nano"]');
  await expect(nano.locator('[data-column="perTask"]')).toHaveText("$0.00045");
  await expect(nano).toContainText("$2.25");
});
