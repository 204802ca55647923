import { describe, expect, it } from "vitest";
import type { ChangeEvent } from "../../diff/types";
import type { Price, PriceCard } from "../types";
import { pageTruthSchema } from "./corpus-truth";
import { scoreChangeEvents } from "./score-change-events";
import { scorePriceCard } from "./score-price-card";

const price = (model: string, dimension: string, usd: number, extra: Partial<Price> = {}): Price =>
  ({ model, dimension, tier: "standard", amount: usd, unit: "1M tokens", currency: "USD", usdPer1M: usd, evidence: "", ...extra });
const card = (prices: Price[]): PriceCard => ({ provider: null, status: "ok", prices, limits: [], modifiers: [], warnings: [] });

describe("scorePriceCard", () => {
  const truth = pageTruthSchema.parse({
    provider: "acme", format: "markdown", layout: "markdown-table", status: "ok", complete: true,
    prices: [
      { model: "Acme Fast 1", dimension: "input", tier: "standard", contextAbove: null, usdPer1M: "0.150" },
      { model: "Acme Fast 1", dimension: "output", tier: "standard", contextAbove: null, usdPer1M: "0.6" },
      { model: "Acme Fast 1", dimension: "input", tier: "standard", contextAbove: 200000, usdPer1M: "0.3" },
    ],
  });

  it("matches a model however it is spelt and an amount however it is written, and counts what the page does not say", () => {
    const score = scorePriceCard(truth, card([price("acme-fast-1", "input", 0.15), price("Acme Fast 1", "output", 0.61), price("Acme Fast 1", "cache_read", 0.01)]));
    expect(score.found).toBe(1);
    expect(score.missed.map((m) => `${m.dimension} ${m.contextAbove ?? ""}`)).toEqual(["output ", "input 200000"]);
    expect(score.checked).toBe(3);
    expect(score.spurious.map((s) => s.dimension)).toEqual(["output", "cache_read"]);
  });

  it("matches a registry price by its listing id as well as by its display name", () => {
    const byId = pageTruthSchema.parse({ ...truth, prices: [{ model: "acme/acme-fast-1-it", dimension: "input", tier: "standard", contextAbove: null, usdPer1M: "0.15" }] });
    const listed = price("Acme Fast 1", "input", 0.15, { qualifiers: { id: "acme/acme-fast-1-it" } });
    expect(scorePriceCard(byId, card([listed]))).toMatchObject({ found: 1, checked: 1, spurious: [] });
    expect(scorePriceCard(byId, card([price("Acme Fast 1", "input", 0.15)]))).toMatchObject({ found: 0 });
    // A page's price whose row states the API id ("| Acme Fast 1 | `acme/acme-fast-1-it` | ...") too.
    expect(scorePriceCard(byId, card([price("Acme Fast 1", "input", 0.15, { modelId: "acme/acme-fast-1-it" })]))).toMatchObject({ found: 1, spurious: [] });
  });

  it("checks no precision against a partial truth", () => {
    const score = scorePriceCard({ ...truth, complete: false }, card([price("Acme Fast 1", "cache_read", 0.01)]));
    expect([score.checked, score.spurious.length, score.found]).toEqual([0, 0, 0]);
  });
});

describe("scoreChangeEvents", () => {
  const event = (e: Partial<ChangeEvent>): ChangeEvent => ({ kind: "price_decrease", model: "Acme Fast 1", dimension: "input", tier: "standard", old: 0.2, new: 0.15, ...e });

  it("matches each truth event once, on kind, model, dimension, tier, band and the new amount", () => {
    const score = scoreChangeEvents(
      [{ kind: "price_decrease", model: "acme-fast-1", dimension: "input", tier: "standard", old: "0.2", new: "0.15" }, { kind: "model_added", model: "Acme Big 2" }],
      [event({}), event({}), event({ dimension: "output" }), { kind: "model_added", model: "acme big 2" }],
    );
    expect([score.matched, score.missed.length, score.spurious.length]).toEqual([2, 0, 2]);
  });

  it("matches a truth event written with the model's API id to the event that carries that id", () => {
    const truth = [{ kind: "model_removed" as const, model: "e2ee-glm-5-1" }];
    expect(scoreChangeEvents(truth, [{ kind: "model_removed", model: "GLM 5.1", modelId: "e2ee-glm-5-1" }]).matched).toBe(1);
    expect(scoreChangeEvents(truth, [{ kind: "model_removed", model: "GLM 5.1", modelId: "zai-org-glm-5-1" }]).matched).toBe(0);
  });
});
