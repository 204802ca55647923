// A plan with a monthly fee and near-free tokens: cheapest only past some volume, so the cost chart marks
// where the cheapest model changes. Runs after the other specs (its source changes the cost ranking).
import { createDbClient, createSource, removeSource, type PriceAnalysis } from "@ratecard/db";
import { expect, test } from "@playwright/test";
import { readE2eEnv } from "./e2e-env";
import { recordAnalysedVersion } from "./record-analysed-version";

type PriceRow = PriceAnalysis["pricePoints"][number];
const row = (dimension: string, amount: number, unit: string, usdPer1M: number | null, evidence: string): PriceRow => ({
  provider: "acme", model: "Acme Flat", dimension, tier: "standard", contextAbove: null, amount, unit, currency: "USD", usdPer1M, evidence,
});

test("a model with a monthly fee takes over at high volume, and the chart and note say where", async ({ page }) => {
  const db = createDbClient(readE2eEnv().databaseUrl, { maxConnections: 1 });
  const source = await createSource(db, { kind: "page", name: "Acme Flat plan", url: "https://acme-flat.example/pricing", provider: "acme", schedule: "0 9 * * *" });
  try {
    const text = "Acme Flat: $50 per month, then $0.001 per 1M input and output tokens";
    await recordAnalysedVersion(db, source.id, text, {
      cardStatus: "ok",
      cardWarnings: [],
      events: [],
      pricePoints: [row("input", 0.001, "1M tokens", 0.001, text), row("output", 0.001, "1M tokens", 0.001, text), row("subscription", 50, "month", null, text)],
    });

    await page.goto("/cost");
    // Default workload, 2,000 in + 500 out: GPT-5 nano costs $0.0003 a task; Acme Flat $50 + $0.0000025 a task.
    // They cross at 50 / (0.0003 − 0.0000025) ≈ 168,067 tasks a month.
    const note = page.getByTestId("crossover-note");
    await expect(note).toContainText("The cheapest model changes once between 10 tasks a month and 10,000,000 tasks a month, starting with openai GPT-5 nano");
    const crossover = note.locator("li[data-crossover]");
    await expect(crossover).toHaveCount(1);
    await expect(crossover).toContainText("acme Acme Flat instead of openai GPT-5 nano");
    const volume = Number(await crossover.getAttribute("data-crossover"));
    expect(volume).toBeGreaterThan(160_000);
    expect(volume).toBeLessThan(175_000);
    await expect(page.getByTestId("cost-chart").locator(".recharts-reference-line")).toHaveCount(1);
    const flat = page.locator('tbody tr[data-model="Acme Flat"]');
    await expect(flat).toContainText("fixed fee $50 per month");
    // $50 + 1,000,000 × $0.0000025 = $52.50 a month at a million tasks, against nano's $300.
    await expect(flat).toContainText("$52.50");
  } finally {
    await removeSource(db, source.id);
    await db.$disconnect();
  }
});
