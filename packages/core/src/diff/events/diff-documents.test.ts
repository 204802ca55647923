// Verification of events against both versions' text, on the real Anthropic page and versions of it
// derived here (each variant says what was changed).
import { describe, expect, it } from "vitest";
import { readFixture } from "../../../test/read-fixture";
import { readDocumentCard } from "../../pricing/read-document-card";
import { comparePriceCards } from "./compare-price-cards";
import { diffDocuments } from "./diff-documents";

const page = readFixture("pages/anthropic__2026-02-06__claude-docs-sitemap.md");
const read = (body: string) => readDocumentCard({ body, contentType: "text/markdown", provider: "anthropic" });

/** Every row of a model, in every table. */
function rowsOf(body: string, model: string): string[] {
  return body.split("\n").filter((line) => line.startsWith(`| ${model} `));
}

describe("diffDocuments", () => {
  it("reports a model removed when the new page no longer names it", () => {
    const without = page.split("\n").filter((line) => !line.includes("Claude Haiku 3.5")).join("\n");
    const diff = diffDocuments(read(page), read(without));
    expect(diff.events.map((e) => `${e.kind} ${e.model}`)).toEqual(["model_removed Claude Haiku 3.5"]);
    expect(diff.gaps).toEqual([]);
  });

  it("turns a model whose rows could not be read, but which the page still names, into a gap instead of a removal", () => {
    // The new version writes Haiku 3.5's prices as "contact sales": the rows stay, the prices go.
    let unread = page;
    for (const row of rowsOf(page, "Claude Haiku 3.5")) unread = unread.replace(row, "| Claude Haiku 3.5  | contact sales | contact sales | contact sales | contact sales | contact sales |");
    expect(comparePriceCards(read(page).card, read(unread).card).map((e) => e.kind)).toContain("model_removed");
    const diff = diffDocuments(read(page), read(unread));
    expect(diff.events).toEqual([]);
    expect(diff.gaps).toEqual([expect.objectContaining({ kind: "model_not_read", side: "new", model: "Claude Haiku 3.5", event: "model_removed" })]);
  });

  it("reports a model removed when the new page names it only in a list of deprecated models", () => {
    const retired = `${page.split("\n").filter((line) => !line.includes("Claude Haiku 3.5")).join("\n")}\n\n## Deprecated models\n\n| Model | Deprecation date |\n|---|---|\n| Claude Haiku 3.5 | 2026-02-19 |\n`;
    const diff = diffDocuments(read(page), read(retired));
    expect(diff.events.map((e) => `${e.kind} ${e.model}`)).toEqual(["model_removed Claude Haiku 3.5"]);
    expect(diff.health.status).toBe("ok");
  });

  it("turns a model that the old page named but whose prices were not read into a gap instead of an addition", () => {
    let unread = page;
    for (const row of rowsOf(page, "Claude Opus 4.1")) unread = unread.replace(row, "| Claude Opus 4.1   | see below | see below | see below | see below | see below |");
    const diff = diffDocuments(read(unread), read(page));
    expect(diff.events).toEqual([]);
    expect(diff.gaps.map((g) => [g.kind, g.side, g.model, g.event])).toEqual([["model_not_read", "old", "Claude Opus 4.1", "model_added"]]);
  });

  it("reports no removal when a version's prices all become unreadable while it still names the models", () => {
    // Every amount written as "contact sales": the card holds no price, the page every model.
    const unpriced = page.replace(/\$\s?\d[\d.,]*(?: \/ MTok)?/g, "contact sales");
    const after = read(unpriced);
    expect(after.card.status).toBe("not-pricing");
    const diff = diffDocuments(read(page), after);
    expect(diff.events.filter((e) => e.kind === "model_removed")).toEqual([]);
    expect(diff.gaps.length).toBeGreaterThan(0);
    expect(diff.health.status).toBe("degraded");
  });

  it("keeps a real price change, whose row differs between the versions", () => {
    const cheaper = page.replace("| Claude Haiku 3.5  | $0.80 / MTok ", "| Claude Haiku 3.5  | $0.70 / MTok ");
    expect(cheaper).not.toBe(page);
    const diff = diffDocuments(read(page), read(cheaper));
    expect(diff.events).toEqual([expect.objectContaining({ kind: "price_decrease", model: "Claude Haiku 3.5", dimension: "input", old: 0.8, new: 0.7 })]);
  });

  it("drops a price change whose rows stand unchanged on both pages (the prices were read differently, not changed)", () => {
    const before = read(page);
    const after = read(page);
    // The same rows read with another value: what a misattributing reader produces.
    const haiku = after.card.prices.findIndex((p) => p.model === "Claude Haiku 3.5" && p.dimension === "input" && p.tier === "standard");
    after.card.prices[haiku] = { ...after.card.prices[haiku]!, amount: 0.4, usdPer1M: 0.4 };
    expect(comparePriceCards(before.card, after.card)).toHaveLength(1);
    const diff = diffDocuments(before, after);
    expect(diff.events).toEqual([]);
    expect(diff.gaps).toEqual([expect.objectContaining({ kind: "change_not_evidenced", model: "Claude Haiku 3.5", dimension: "input" })]);
  });

  it("marks a new card degraded when it lost many models' prices while the page still names them", () => {
    // A layout change: the main table's price cells become a script placeholder.
    const broken = page.replace(/^(\| Claude [^|]+\|).*$/gm, "$1 {price} | {price} | {price} | {price} | {price} |");
    const diff = diffDocuments(read(page), read(broken));
    expect(diff.health.status).toBe("degraded");
    expect(diff.health.lostModels.length).toBeGreaterThan(3);
    expect(diff.events.filter((e) => e.kind === "model_removed")).toEqual([]);
    expect(diffDocuments(read(page), read(page.replace("$0.80 / MTok", "$0.70 / MTok"))).health.status).toBe("ok");
  });

  it("a sentence announcing a model's future prices is a scheduled change, not a price change of today's prices", () => {
    // Variant: a dated sentence added under the pricing table, the way providers announce a price cut.
    const announced = page.replace("## Model pricing", "## Model pricing\n\nFrom September 1, 2026, Claude Haiku 4.5 will cost $0.80 per 1M input tokens and $4 per 1M output tokens.\n");
    expect(announced).not.toBe(page);
    const readAt = (body: string) => readDocumentCard({ body, contentType: "text/markdown", provider: "anthropic", now: new Date("2026-08-01T00:00:00Z") });
    const diff = diffDocuments(readAt(page), readAt(announced), { now: new Date("2026-08-01T00:00:00Z") });
    expect(diff.events.map((e) => [e.kind, e.model, e.dimension, e.new?.toString()])).toEqual([
      ["scheduled_change", "Claude Haiku 4.5", "input", "0.8"],
      ["scheduled_change", "Claude Haiku 4.5", "output", "4"],
    ]);
  });

  describe("on a models table with an ID column", () => {
    // Two variants share a display name and differ by their API id, as docs tables list a model and its
    // end-to-end-encrypted or quantised variant.
    const table = (rows: string[]) =>
      ["# Pricing", "", "Prices per 1M tokens. All prices in USD.", "", "| Model | ID | Input Price | Output Price |", "|---|---|---|---|", ...rows, ""].join("\n");
    const GLM = "| GLM 5.1 | `zai-org-glm-5-1` | $1.54 | $4.84 |";
    const GLM_E2EE = "| GLM 5.1 | `e2ee-glm-5-1` | $1.10 | $4.15 |";
    const QWEN = "| Qwen 3 235B | `qwen3-235b` | $0.45 | $3.50 |";
    const readMd = (body: string) => readDocumentCard({ body, contentType: "text/markdown", provider: "venice" });

    it("keeps two variants with one display name as two models, and reports the one removed by its id", () => {
      const before = readMd(table([GLM, GLM_E2EE, QWEN]));
      expect(before.card.warnings.filter((w) => w.startsWith("conflicting"))).toEqual([]);
      const diff = diffDocuments(before, readMd(table([GLM, QWEN])));
      expect(diff.events.map((e) => [e.kind, e.model, e.modelId])).toEqual([["model_removed", "GLM 5.1", "e2ee-glm-5-1"]]);
      expect(diff.gaps).toEqual([]);
    });

    it("reports a price change of one variant under its id, not the other's", () => {
      const diff = diffDocuments(readMd(table([GLM, GLM_E2EE])), readMd(table([GLM, GLM_E2EE.replace("$4.15", "$3.90")])));
      expect(diff.events.map((e) => [e.kind, e.modelId, e.dimension, e.old, e.new])).toEqual([["price_decrease", "e2ee-glm-5-1", "output", 4.15, 3.9]]);
    });

    it("reports nothing when a version drops the ID column but keeps every price", () => {
      const withoutIds = ["# Pricing", "", "Prices per 1M tokens. All prices in USD.", "", "| Model | Input Price | Output Price |", "|---|---|---|",
        "| GLM 5.1 | $1.54 | $4.84 |", "| Qwen 3 235B | $0.45 | $3.50 |", ""].join("\n");
      // The comparison itself matches the model across the id/name divide: no removal for verification to catch.
      expect(comparePriceCards(readMd(table([GLM, QWEN])).card, readMd(withoutIds).card)).toEqual([]);
      expect(comparePriceCards(readMd(withoutIds).card, readMd(table([GLM, QWEN])).card)).toEqual([]);
    });
  });
});
