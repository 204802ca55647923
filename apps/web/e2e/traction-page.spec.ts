import { expect, test } from "@playwright/test";
import { readSeededData } from "./read-seeded-data";
import { screenshotPath } from "./screenshot-path";

const { traction } = readSeededData();

test("the traction page lists repositories and communities fastest growing first, with a chart", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Traction" }).click();
  await expect(page).toHaveURL("/traction");
  await expect(page.getByRole("heading", { name: "Traction", level: 1 })).toBeVisible();

  const rows = page.locator("tr[data-traction-row]");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute("data-traction-row", traction.repoName);
  await expect(rows.nth(1)).toHaveAttribute("data-traction-row", traction.discordName);
  const growth = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute("data-growth"))));
  expect(growth[0]).toBeGreaterThan(growth[1]!);
  await expect(rows.nth(0)).toContainText("3,281");
  await expect(rows.nth(0)).toContainText("stars");
  await expect(rows.nth(1)).toContainText("5,600");
  await expect(rows.nth(1)).toContainText("members");

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
  expect(lines).toHaveLength(3);
  expect(lines[1]).toMatch(new RegExp(`^${traction.repoName},github_repo,stars,3281,`));
  expect(lines[2]).toMatch(new RegExp(`^${traction.discordName},discord_invite,discord_members,5600,`));
});
