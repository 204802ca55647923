import { expect, test } from "@playwright/test";
import { readSeededData } from "./read-seeded-data";
import { screenshotPath } from "./screenshot-path";

const { traction, secondRepo } = readSeededData();

test("the traction page lists repositories and communities fastest growing first, with a chart", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Traction" }).click();
  await expect(page).toHaveURL("/traction");
  await expect(page.getByRole("heading", { name: "Traction", level: 1 })).toBeVisible();

  const rows = page.locator("tr[data-traction-row]");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toHaveAttribute("data-traction-row", traction.repoName);
  await expect(rows.nth(1)).toHaveAttribute("data-traction-row", secondRepo.name);
  await expect(rows.nth(2)).toHaveAttribute("data-traction-row", traction.discordName);
  const growth = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute("data-growth"))));
  expect(growth[0]).toBeGreaterThan(growth[1]!);
  expect(growth[1]).toBeGreaterThan(growth[2]!);
  await expect(rows.nth(0)).toContainText("3,281");
  await expect(rows.nth(0)).toContainText("stars");
  await expect(rows.nth(1)).toContainText("550");
  await expect(rows.nth(2)).toContainText("5,600");
  await expect(rows.nth(2)).toContainText("members");

  const chart = page.getByTestId("traction-chart");
  await expect(chart.locator("svg.recharts-surface").first()).toBeVisible();
  await expect(chart.locator("path.recharts-line-curve").first()).toBeVisible();
  // The repository's estimated stretch is drawn dashed.
  await expect(chart.locator("path.recharts-line-curve[stroke-dasharray]").first()).toBeAttached();
  await page.screenshot({ path: screenshotPath("traction.png"), fullPage: true });
});

test("the traction CSV has the report's header row and one line per source", async ({ page, request }) => {
  await page.goto("/traction");
  await expect(page.getByRole("link", { name: "Download CSV" })).toHaveAttribute("href", "/traction/report.csv");

  const response = await request.get("/traction/report.csv");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const lines = (await response.text()).trim().split("\n");
  expect(lines[0]).toBe(
    "name,kind,metric,current,change7d,change30d,change90d,change_30d,growthPct,weeklyGrowthPct,acceleration,nextMilestone,daysToMilestone,estimated,url",
  );
  expect(lines).toHaveLength(4);
  expect(lines[1]).toMatch(new RegExp(`^${traction.repoName},github_repo,stars,3281,`));
  expect(lines[2]).toMatch(new RegExp(`^${secondRepo.name},github_repo,stars,550,`));
  expect(lines[3]).toMatch(new RegExp(`^${traction.discordName},discord_invite,discord_members,5600,`));
});

test("chosen repositories are compared on one chart, by date or as growth since their first sample", async ({ page }) => {
  await page.goto("/traction");
  const compare = page.getByRole("form", { name: "Compare" });
  const chart = page.getByTestId("traction-compare-chart");
  // By default the three fastest growing are chosen; only the two repositories have stars.
  await expect(compare.getByRole("checkbox")).toHaveCount(3);
  await expect(chart.locator("path.recharts-line-curve")).toHaveCount(2);
  await expect(chart.locator(".recharts-legend-wrapper")).toContainText(traction.repoName);
  await expect(chart.locator(".recharts-legend-wrapper")).toContainText(secondRepo.name);

  await compare.getByRole("checkbox", { name: traction.discordName }).uncheck();
  await compare.getByRole("radio", { name: "Growth since first sample (%)" }).check();
  await compare.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(new RegExp(`source=${traction.repoSourceId}&source=${secondRepo.sourceId}&metric=stars&mode=growth`));
  await expect(chart.locator("path.recharts-line-curve")).toHaveCount(2);
  // Growth is a percentage on one axis: acme/fastllm went from 1,000 to 3,281 stars over the window.
  await expect(chart.locator("text").filter({ hasText: /^\+\d+%$/ }).first()).toBeVisible();
  await expect(chart.locator("text").filter({ hasText: /^day \d+$/ }).first()).toBeVisible();
  await expect(page.getByText("percent growth since each source's first sample in the window")).toBeVisible();
  await page.screenshot({ path: screenshotPath("traction-compare.png"), fullPage: true });

  // Every stored metric of a compared repository, with its growth.
  const fast = page.locator(`[data-traction-source="${traction.repoName}"]`);
  await expect(fast.locator("[data-metric]")).toHaveCount(3);
  // Forks: 100 + 3 a day, 280 today, +90 over 30 days; contributors 26, +3.
  await expect(fast.locator('[data-metric="forks"]')).toContainText("forks 280");
  await expect(fast.locator('[data-metric="forks"]')).toContainText("30 days +90");
  await expect(fast.locator('[data-metric="contributors"]')).toContainText("contributors 26");
  await expect(fast.locator('[data-metric="contributors"]')).toContainText("30 days +3");
  await expect(page.locator(`[data-traction-source="${traction.discordName}"]`)).toHaveCount(0);

  // One repository's forks alone.
  await compare.getByRole("checkbox", { name: traction.repoName }).uncheck();
  await compare.getByLabel("Metric").selectOption("forks");
  await compare.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/metric=forks/);
  await expect(chart.locator("path.recharts-line-curve")).toHaveCount(1);
  await expect(page.locator(`[data-traction-source="${secondRepo.name}"] [data-metric="forks"]`)).toContainText("forks 70");
});
