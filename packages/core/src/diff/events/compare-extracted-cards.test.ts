// The comparison on cards from the real pipeline (normalise -> extract), fed with the Anthropic pages.
import { describe, expect, it } from "vitest";
import { readFixture } from "../../../test/read-fixture";
import { normalizePageText } from "../../page/normalize-page-text";
import { extractPriceCard } from "../../pricing/extract-price-card";
import { comparePriceCards } from "./compare-price-cards";
import { describeChangeEvent } from "./describe-change-event";

const extracted = (page: string) =>
  extractPriceCard({ text: normalizePageText({ body: page, contentType: "text/markdown" }), provider: "anthropic" });
const pageOn = (date: string): string => readFixture(`pages/anthropic__${date}__claude-docs-sitemap.md`);

describe("comparePriceCards on extracted Anthropic cards", () => {
  it("reports only Claude Opus 4.6 added between 2026-01-15 and 2026-02-06", () => {
    const events = comparePriceCards(extracted(pageOn("2026-01-15")), extracted(pageOn("2026-02-06")));
    expect(events.map((event) => describeChangeEvent(event, "anthropic"))).toEqual(["Anthropic added model Claude Opus 4.6"]);
  });

  it("reports nothing for the same page with re-padded cells, a renamed heading and 1.60 for 1.6", () => {
    const page = pageOn("2026-02-06");
    const reformatted = page
      .replace("## Model pricing", "## Pricing for models")
      .replace("| $1.6 / MTok     |", "| $1.60 / MTok |")
      .replace(/ {2,}\|/g, " |");
    expect(reformatted).not.toBe(page);
    expect(comparePriceCards(extracted(page), extracted(reformatted))).toEqual([]);
  });

  it("reports the long-context input cut on Opus 4.6 as a price_decrease", () => {
    const page = pageOn("2026-02-06");
    const cut = page.replace("| Claude Opus 4.6 | Input: $5 / MTok | Input: $10 / MTok |", "| Claude Opus 4.6 | Input: $5 / MTok | Input: $5 / MTok |");
    expect(cut).not.toBe(page);
    expect(comparePriceCards(extracted(page), extracted(cut))).toMatchObject([
      { kind: "price_decrease", model: "Claude Opus 4.6", dimension: "input", contextAbove: 200_000, old: 10, new: 5, pctChange: -50 },
    ]);
  });

  it("reports a model whose rows were removed from every table as one model_removed", () => {
    const page = pageOn("2026-02-06");
    // The stated edit: every table row naming Claude Haiku 3 (the base, batch and tool-use tables) is deleted.
    const removed = page
      .split("\n")
      .filter((line) => !/^\| Claude Haiku 3 +\|/.test(line))
      .join("\n");
    expect(removed.length).toBeLessThan(page.length);
    expect(comparePriceCards(extracted(page), extracted(removed)).map((e) => [e.kind, e.model])).toEqual([["model_removed", "Claude Haiku 3"]]);
  });

  it("reports nothing when the rows of the model table are reordered", () => {
    const page = pageOn("2026-02-06");
    const lines = page.split("\n");
    // The main price table: the rows after its header and separator, up to the first non-row line.
    const header = lines.findIndex((line) => line.startsWith("| Model") && line.includes("Base Input Tokens"));
    expect(header).toBeGreaterThan(0);
    let end = header + 2;
    while (lines[end]?.startsWith("|")) end++;
    const rows = lines.slice(header + 2, end);
    expect(rows.length).toBeGreaterThan(5);
    const reordered = [...lines.slice(0, header + 2), ...[...rows].reverse(), ...lines.slice(end)].join("\n");
    expect(reordered).not.toBe(page);
    expect(comparePriceCards(extracted(page), extracted(reordered))).toEqual([]);
  });
});
