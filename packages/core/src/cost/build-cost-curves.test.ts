import { describe, expect, it } from "vitest";
import { buildCostCurves } from "./build-cost-curves";
import { cheapestAtVolumes } from "./cheapest-at-volumes";
import { sampleLogVolumes } from "./sample-log-volumes";
import type { CostRow } from "./types";

const row = (model: string, perTask: number, fixedMonthly = 0): CostRow => ({
  provider: "acme", model, perTask, perTaskUnrounded: perTask, fixedMonthly, monthly: [], basis: [],
});

describe("sampleLogVolumes", () => {
  it("spreads volumes evenly per decade, rounded to two significant digits", () => {
    // 10^0.5 = 3.162…, 10^1.5 = 31.62…, 10^2.5 = 316.2…
    expect(sampleLogVolumes(1, 1_000, 2)).toEqual([1, 3.2, 10, 32, 100, 320, 1_000]);
  });

  it("ends at `to` when it is not a power of ten and adds the requested volumes inside the range only", () => {
    expect(sampleLogVolumes(1, 50, 1)).toEqual([1, 10, 50]);
    expect(sampleLogVolumes(10, 1_000, 1, [400, 5_000, 5, 100])).toEqual([10, 100, 400, 1_000]);
  });

  it("refuses an empty or reversed range", () => {
    expect(() => sampleLogVolumes(0, 10, 4)).toThrow(/0 < from <= to/);
    expect(() => sampleLogVolumes(100, 10, 4)).toThrow(/got 100, 10, 4/);
  });
});

describe("cheapestAtVolumes", () => {
  it("names the cheapest model at each volume, fixed fees included, the earlier row winning a tie", () => {
    // Opus $0.30 a task; B $100 + $0.05 a task: 30 vs 105 at 100, 120 vs 120 at 400, 300 vs 150 at 1,000.
    const rows = [row("Opus", 0.3), row("B", 0.05, 100)];
    expect(cheapestAtVolumes(rows, [100, 400, 1_000])).toEqual([
      { volume: 100, provider: "acme", model: "Opus", cost: 30 },
      { volume: 400, provider: "acme", model: "Opus", cost: 120 },
      { volume: 1_000, provider: "acme", model: "B", cost: 150 },
    ]);
  });

  it("has nothing to name without models", () => {
    expect(cheapestAtVolumes([], [10, 100])).toEqual([]);
  });
});

describe("buildCostCurves", () => {
  it("charts the first rows plus every model that is cheapest somewhere, with the crossovers on the curves", () => {
    // Ranked at low volume: Opus, D, B, C. B takes over from Opus at 400, C from B at 22,500 (see crossoverVolumes).
    const rows = [row("Opus", 0.3), row("D", 0.4, 1), row("B", 0.05, 100), row("C", 0.01, 1_000)];
    const curves = buildCostCurves(rows, { from: 10, to: 100_000, perDecade: 1, limit: 1 });
    expect(curves.volumes).toEqual([10, 100, 400, 1_000, 10_000, 22_500, 100_000]);
    expect(curves.curves.map((curve) => curve.model)).toEqual(["Opus", "B", "C"]);
    expect(curves.curves[1]?.points.slice(0, 3)).toEqual([
      { volume: 10, cost: 100.5 },
      { volume: 100, cost: 105 },
      { volume: 400, cost: 120 },
    ]);
    expect(curves.cheapest.map((cheapest) => cheapest.model)).toEqual(["Opus", "Opus", "Opus", "B", "B", "B", "C"]);
    expect(curves.crossovers.map((crossover) => [crossover.volume, crossover.from.model, crossover.to.model])).toEqual([
      [400, "Opus", "B"],
      [22_500, "B", "C"],
    ]);
  });

  it("keeps a fraction of a cent at low volume instead of rounding it to $0", () => {
    // $0.0003 a task: 10 tasks cost $0.003.
    expect(buildCostCurves([row("nano", 0.0003)], { from: 10, to: 100, perDecade: 1 }).curves[0]?.points).toEqual([
      { volume: 10, cost: 0.003 },
      { volume: 100, cost: 0.03 },
    ]);
  });

  it("finds no crossover when the same model is cheapest from the lowest volume to the highest", () => {
    const curves = buildCostCurves([row("Haiku", 0.06), row("Sonnet", 0.18), row("Opus", 0.3)], { from: 10, to: 1_000, perDecade: 1, limit: 2 });
    expect(curves.crossovers).toEqual([]);
    expect(curves.curves.map((curve) => curve.model)).toEqual(["Haiku", "Sonnet"]);
    expect(new Set(curves.cheapest.map((cheapest) => cheapest.model))).toEqual(new Set(["Haiku"]));
    expect(curves.curves[0]?.points).toEqual([{ volume: 10, cost: 0.6 }, { volume: 100, cost: 6 }, { volume: 1_000, cost: 60 }]);
  });

  it("leaves out crossovers beyond the charted range", () => {
    const curves = buildCostCurves([row("Opus", 0.3), row("B", 0.05, 100)], { from: 10, to: 100, perDecade: 1 });
    expect(curves.crossovers).toEqual([]);
    expect(curves.volumes).toEqual([10, 100]);
  });
});
