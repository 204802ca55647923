// Price intelligence through the real pipeline: checks store price points and classified change
// events for every new snapshot (pages and registries); crosscheck and cost read them back.
import { createSource, listChangeEvents } from "@ratecard/db";
import { createTestDatabase } from "@ratecard/db/testing";
import { describe, expect, it } from "vitest";
import { checkSource } from "../src/jobs/check-source";
import { useCheckHarness } from "./check-harness";
import { fixturePage } from "./fixture-server";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { FIXTURES_DIR } from "./fixture-server";
import { runCli } from "./run-cli";

// A clock that moves a second per reading, as checks hours apart would.
let tick = Date.parse("2026-11-26T12:00:00Z");
const harness = useCheckHarness();
const deps = () => harness.deps(() => new Date((tick += 1000)));
const registry = (name: string) => readFile(path.join(FIXTURES_DIR, "registries", name), "utf8");


describe("price intelligence in the check pipeline", () => {
  it("stores the price card of each new page version and the events between versions", async () => {
    const jan = await fixturePage("anthropic__2026-01-15__claude-docs-sitemap.md");
    const feb = await fixturePage("anthropic__2026-02-06__claude-docs-sitemap.md");
    // The stated edit for the third version: Claude Opus 4.6 long-context input (> 200K) goes from $10 to $5.
    // Row "| Claude Opus 4.6 | Input: $5 / MTok | Input: $10 / MTok |" of the long-context table.
    const longContextRow = "| Claude Opus 4.6 | Input: $5 / MTok | Input: $10 / MTok |";
    expect(feb).toContain(longContextRow);
    const mar = feb.replace(longContextRow, "| Claude Opus 4.6 | Input: $5 / MTok | Input: $5 / MTok |");
    let body = jan;
    harness.server.setRoute("/anthropic.md", () => ({ body, headers: { "content-type": "text/markdown" } }));
    const source = await createSource(harness.db, { kind: "page", name: "Anthropic", provider: "anthropic", url: `${harness.server.url}/anthropic.md`, schedule: "0 */6 * * *" });

    const first = await checkSource(deps(), source);
    expect(first.snapshot?.cardStatus).toBe("ok");
    const firstPoints = await harness.db.pricePoint.findMany({ where: { snapshotId: first.snapshot!.id } });
    expect(firstPoints.length).toBeGreaterThan(50);
    // Row "| Claude Sonnet 4.5 | $3 / MTok | $3.75 / MTok | $6 / MTok | $0.30 / MTok | $15 / MTok |" of the January page.
    const sonnetInput = firstPoints.find((p) => p.model === "Claude Sonnet 4.5" && p.dimension === "input" && p.tier === "standard" && p.contextAbove === null);
    expect(Number(sonnetInput?.usdPer1M)).toBe(3);
    expect(sonnetInput?.evidence).toContain("Claude Sonnet 4.5");
    expect(await listChangeEvents(harness.db, { sourceId: source.id })).toHaveLength(0);

    body = feb;
    const second = await checkSource(deps(), source);
    const added = await listChangeEvents(harness.db, { toSnapshotId: second.snapshot!.id });
    expect(added.map((e) => [e.kind, e.model])).toEqual([["model_added", "Claude Opus 4.6"]]);
    expect(added[0]).toMatchObject({ provider: "anthropic", fromSnapshotId: first.snapshot!.id, summary: "Anthropic added model Claude Opus 4.6" });

    body = mar;
    const third = await checkSource(deps(), source);
    const cut = await listChangeEvents(harness.db, { toSnapshotId: third.snapshot!.id });
    expect(cut).toHaveLength(1);
    expect(cut[0]).toMatchObject({ kind: "price_decrease", model: "Claude Opus 4.6", dimension: "input", tier: "standard", contextAbove: 200000 });
    expect(Number(cut[0]!.oldValue)).toBe(10);
    expect(Number(cut[0]!.newValue)).toBe(5);
    expect(Number(cut[0]!.pctChange)).toBe(-50);
    expect(cut[0]!.newEvidence).toContain("Input: $5 / MTok | Input: $5 / MTok");
    expect(cut[0]!.summary).toMatch(/Claude Opus 4\.6 input, prompts > 200K tokens, \$10\.00 → \$5\.00 per 1M tokens \(−50%\)/);

    // Formatting only: the same page re-padded and with "$5" written "$5.00" is new text but no event.
    body = mar.replace("| Claude Opus 4.6 | Input: $5 / MTok | Input: $5 / MTok |", "|   Claude Opus 4.6   | Input: $5.00 / MTok | Input: $5.00 / MTok |");
    const fourth = await checkSource(deps(), source);
    expect(fourth.check.outcome).toBe("changed");
    expect(await listChangeEvents(harness.db, { toSnapshotId: fourth.snapshot!.id })).toHaveLength(0);
  });

  it("stores a model it could not read as an extraction gap, and a card that lost most prices as degraded, never as removals", async () => {
    const feb = await fixturePage("anthropic__2026-02-06__claude-docs-sitemap.md");
    // Derived versions: Haiku 3.5's price cells say "contact sales" (the rows stay); then every row of the
    // main table loses its prices to a placeholder, as a layout change that moves prices into scripts would.
    const unreadHaiku = feb.replace(/^\| Claude Haiku 3\.5 .*$/gm, "| Claude Haiku 3.5 | contact sales | contact sales | contact sales | contact sales | contact sales |");
    const broken = feb.replace(/^(\| Claude [^|]+\|).*$/gm, "$1 {price} | {price} | {price} | {price} | {price} |");
    let body = feb;
    harness.server.setRoute("/anthropic-gaps.md", () => ({ body, headers: { "content-type": "text/markdown" } }));
    const source = await createSource(harness.db, { kind: "page", name: "Anthropic gaps", provider: "anthropic", url: `${harness.server.url}/anthropic-gaps.md`, schedule: "0 */6 * * *" });
    await checkSource(deps(), source);

    body = unreadHaiku;
    const second = await checkSource(deps(), source);
    expect(second.check.outcome).toBe("changed");
    expect(await listChangeEvents(harness.db, { toSnapshotId: second.snapshot!.id })).toEqual([]);
    const stored = await harness.db.snapshot.findUniqueOrThrow({ where: { id: second.snapshot!.id } });
    expect(stored.cardStatus).toBe("ok");
    expect(stored.extractionGaps).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "model_not_read", model: "Claude Haiku 3.5", event: "model_removed", side: "new" })]));

    body = broken;
    const third = await checkSource(deps(), source);
    const degraded = await harness.db.snapshot.findUniqueOrThrow({ where: { id: third.snapshot!.id } });
    expect(degraded.cardStatus).toBe("degraded");
    expect(degraded.cardWarnings.join("\n")).toMatch(/^extraction degraded: \d+ of \d+ prices/m);
    // The counts behind the warning are stored for the degraded alert and the source page.
    const health = degraded.cardHealth as { lostPrices: number; previousPrices: number; lostModels: string[] };
    expect(degraded.cardWarnings.join("\n")).toContain(`extraction degraded: ${health.lostPrices} of ${health.previousPrices} prices`);
    expect(health.lostModels).toEqual(expect.arrayContaining(["Claude Opus 4.5"]));
    expect((await listChangeEvents(harness.db, { toSnapshotId: third.snapshot!.id })).filter((e) => e.kind === "model_removed")).toEqual([]);
  });

  it("treats a registry like a page: price points per version and events between them", async () => {
    let version = await registry("litellm_prices__2024-06-05__via-tokencost.json");
    harness.server.setRoute("/litellm.json", () => ({ body: version, headers: { "content-type": "text/plain; charset=utf-8" } }));
    const source = await createSource(harness.db, { kind: "registry", name: "LiteLLM", provider: "litellm", url: `${harness.server.url}/litellm.json`, schedule: "0 */6 * * *" });
    const june = await checkSource(deps(), source);
    expect(june.snapshot?.cardStatus).toBe("ok");
    // LiteLLM entry "gpt-4": input_cost_per_token 3e-05, output_cost_per_token 6e-05 → $30 / $60 per 1M, exactly.
    const gpt4 = await harness.db.pricePoint.findMany({ where: { snapshotId: june.snapshot!.id, model: "gpt-4" }, orderBy: { dimension: "asc" } });
    expect(gpt4.map((p) => [p.provider, p.dimension, p.usdPer1M?.toString()])).toEqual([
      ["openai", "input", "30"],
      ["openai", "output", "60"],
    ]);

    version = await registry("litellm_prices__2024-11-08__via-tokencost.json");
    const november = await checkSource(deps(), source);
    const events = await listChangeEvents(harness.db, { toSnapshotId: november.snapshot!.id, limit: 1000 });
    // Entry "command" (cohere): input 1.5e-05 → 1e-06 per token between the two captures.
    const command = events.find((e) => e.kind === "price_decrease" && e.model === "command" && e.dimension === "input");
    expect(command).toMatchObject({ provider: "cohere" });
    expect(Number(command?.oldValue)).toBe(15);
    expect(Number(command?.newValue)).toBe(1);
    expect(events.filter((e) => e.kind === "model_added").length).toBeGreaterThan(100);
    expect(events.some((e) => e.kind === "model_added" && e.model === "claude-3-5-sonnet-20241022")).toBe(true);
  });

  it("reads a YAML price list served as text/plain (as raw GitHub serves it) by its file name: prices and a price change", async () => {
    // A hand-kept YAML price list in the shape price-comparison projects commit (products with a prices map).
    let yaml = ["# prices of Acme's API", "products:", "  - model: Acme Large", "    prices:", "      input: 2.0", "      output: 6.0", "      currency: USD", "      unit: per_1m_tokens",
      "  - model: Acme Small", "    prices: {input: 0.1, output: 0.3, currency: USD, unit: per_1m_tokens}", ""].join("\n");
    harness.server.setRoute("/data/acme.yaml", () => ({ body: yaml, headers: { "content-type": "text/plain; charset=utf-8" } }));
    const source = await createSource(harness.db, { kind: "page", name: "Acme list", provider: "acme", url: `${harness.server.url}/data/acme.yaml`, schedule: "0 */6 * * *" });
    const first = await checkSource(deps(), source);
    expect(first.snapshot?.cardStatus).toBe("ok");
    expect(first.snapshot?.contentType).toBe("application/yaml");
    const points = await harness.db.pricePoint.findMany({ where: { snapshotId: first.snapshot!.id }, orderBy: [{ model: "asc" }, { dimension: "asc" }] });
    expect(points.map((p) => [p.model, p.dimension, p.usdPer1M?.toString()])).toEqual([
      ["Acme Large", "input", "2"], ["Acme Large", "output", "6"], ["Acme Small", "input", "0.1"], ["Acme Small", "output", "0.3"],
    ]);

    // Only a comment and the style change: the same snapshot, no event.
    yaml = yaml.replace("# prices of Acme's API", "# Acme").replace("      input: 2.0", "      input: 2");
    expect((await checkSource(deps(), source)).snapshot?.id).toBe(first.snapshot!.id);
    yaml = yaml.replace("      output: 6.0", "      output: 8.0");
    const raised = await checkSource(deps(), source);
    const events = await listChangeEvents(harness.db, { toSnapshotId: raised.snapshot!.id });
    expect(events.map((e) => [e.kind, e.model, e.dimension, Number(e.oldValue), Number(e.newValue)])).toEqual([["price_increase", "Acme Large", "output", 6, 8]]);
  });
});

describe("crosscheck and cost", () => {
  it("lists page prices that registries contradict, and ranks workload cost from stored prices", async () => {
    const cross = await createTestDatabase();
    try {
      harness.server.setRoute("/anthropic-2025.md", { body: await fixturePage("anthropic__2025-10-25__anthropic-docs-scraper.md"), headers: { "content-type": "text/markdown" } });
      harness.server.setRoute("/litellm-nov.json", { body: await registry("litellm_prices__2024-11-08__via-tokencost.json"), headers: { "content-type": "application/json" } });
      const env = { DATABASE_URL: cross.url };
      await runCli(["sources", "add", `${harness.server.url}/anthropic-2025.md`, "--provider", "anthropic"], env);
      await runCli(["sources", "add", `${harness.server.url}/litellm-nov.json`, "--kind", "registry", "--provider", "litellm"], env);
      const checked = await runCli(["check", "--all"], env);
      expect(checked.code).toBe(0);

      const result = await runCli(["crosscheck", "--provider", "anthropic", "--json"], env);
      expect(result.code).toBe(0);
      const { compared, disagreements } = JSON.parse(result.stdout) as {
        compared: number;
        disagreements: { model: string; dimension: string; tier: string; page: { usdPer1M: number; since: string }; registry: { usdPer1M: number; model: string } }[];
      };
      expect(compared).toBeGreaterThan(5);
      // Page row "| Claude Haiku 3.5 | $0.80 / MTok | ... | $4 / MTok |" vs LiteLLM claude-3-5-haiku-20241022: 1e-06 / 5e-06 per token.
      const haiku = disagreements.filter((d) => d.model === "Claude Haiku 3.5" && d.tier === "standard");
      expect(haiku.map((d) => [d.dimension, d.page.usdPer1M, d.registry.usdPer1M])).toEqual(
        expect.arrayContaining([
          ["input", 0.8, 1],
          ["output", 4, 5],
        ]),
      );
      expect(haiku[0]?.page.since).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // Claude Sonnet 3.5 ($3 / $15 on both) agrees, so it is not listed.
      expect(disagreements.some((d) => d.model === "Claude Sonnet 3.5" && d.tier === "standard" && d.dimension === "input")).toBe(false);

      const costed = await runCli(["cost", "--input", "10000", "--output", "10000", "--json"], env);
      expect(costed.code).toBe(0);
      const ranking = JSON.parse(costed.stdout) as { rows: { model: string; perTask: number; monthly: { volume: number; cost: number }[] }[]; cheapestAt: { volume: number; model: string }[] };
      // Cheapest on the October 2025 page: Claude Haiku 3 at $0.25 / $1.25 per MTok → 10k × 0.25/1M + 10k × 1.25/1M = $0.015.
      expect(ranking.rows[0]).toMatchObject({ model: "Claude Haiku 3", perTask: 0.015 });
      expect(ranking.rows[0]?.monthly).toEqual([
        { volume: 1000, cost: 15 },
        { volume: 1000000, cost: 15000 },
      ]);
      expect(ranking.cheapestAt.map((c) => [c.volume, c.model])).toEqual([
        [1000, "Claude Haiku 3"],
        [1000000, "Claude Haiku 3"],
      ]);
      const table = await runCli(["cost", "--input", "10000", "--output", "10000"], env);
      expect(table.stdout).toContain("cheapest at 1,000 tasks a month: anthropic Claude Haiku 3 ($15.00 a month)");
    } finally {
      await cross.drop();
    }
  });
});
