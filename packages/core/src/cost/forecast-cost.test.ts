import { describe, expect, it } from "vitest";
import { crossoverVolumes } from "./crossover-volumes";
import { forecastMonthlyCost } from "./forecast-cost";
import type { CostRow } from "./types";

const row = (model: string, perTask: number, fixedMonthly = 0): CostRow => ({
  provider: "acme", model, perTask, perTaskUnrounded: perTask, fixedMonthly, monthly: [], basis: [],
});

describe("forecastMonthlyCost", () => {
  it("is a straight line for flat per-task pricing", () => {
    expect(forecastMonthlyCost({ perTask: 0.3 }, [0, 1_000, 10_000, 1_000_000])).toEqual([
      { volume: 0, cost: 0 },
      { volume: 1_000, cost: 300 },
      { volume: 10_000, cost: 3_000 },
      { volume: 1_000_000, cost: 300_000 },
    ]);
  });

  it("starts from the fixed monthly fee and uses the unrounded per-task cost", () => {
    expect(forecastMonthlyCost({ perTask: 0.000093, perTaskUnrounded: 0.00009255, fixedMonthly: 20 }, [0, 1_000_000])).toEqual([
      { volume: 0, cost: 20 },
      { volume: 1_000_000, cost: 112.55 },
    ]);
  });
});

describe("crossoverVolumes", () => {
  it("finds none with pure per-token pricing: the cheapest model never changes", () => {
    expect(crossoverVolumes({ rows: [row("Haiku", 0.06), row("Sonnet", 0.18), row("Opus", 0.3)] })).toEqual([]);
  });

  it("finds where a fixed fee is paid back by a lower per-task cost, in order", () => {
    // Opus $0.30 a task; B $100 + $0.05 a task (even at 100 / 0.25 = 400); C $1,000 + $0.01 (even with B at 900 / 0.04 = 22,500).
    const rows = [row("Opus", 0.3), row("B", 0.05, 100), row("C", 0.01, 1_000)];
    expect(crossoverVolumes({ rows })).toEqual([
      { volume: 400, from: { provider: "acme", model: "Opus" }, to: { provider: "acme", model: "B" } },
      { volume: 22_500, from: { provider: "acme", model: "B" }, to: { provider: "acme", model: "C" } },
    ]);
  });

  it("skips a model that is never the cheapest", () => {
    // D is cheaper than Opus only after C has already taken over.
    const rows = [row("Opus", 0.3), row("C", 0.01, 100), row("D", 0.2, 500)];
    expect(crossoverVolumes({ rows }).map((crossover) => [crossover.volume, crossover.to.model])).toEqual([[344.83, "C"]]);
  });
});
