import { describe, expect, it } from "vitest";
import { computeGrowth } from "./compute-growth";
import { nextMilestone } from "./next-milestone";
import { valueAt } from "./value-at";

const DAY = 86_400_000;
const now = new Date("2026-03-01T00:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * DAY);
// 1000 stars 90 days ago, +300 a month, then +400 in the last month.
const stars = [
  { at: daysAgo(90), value: 1000 },
  { at: daysAgo(60), value: 1300 },
  { at: daysAgo(30), value: 1600 },
  { at: daysAgo(7), value: 1900 },
  { at: now, value: 2000 },
];

describe("computeGrowth", () => {
  it("changes over 7, 30 and 90 days are current minus the value that many days ago", () => {
    const growth = computeGrowth(stars, now);
    expect(growth.current).toBe(2000);
    // 2000 − 1900, 2000 − 1600, 2000 − 1000
    expect(growth.change).toEqual({ d7: 100, d30: 400, d90: 1000 });
  });

  it("weekly growth compounds the last 30 days: (2000/1600)^(7/30) − 1 ≈ 5.34 %", () => {
    expect(computeGrowth(stars, now).weeklyGrowthRate).toBeCloseTo(0.05345, 4);
  });

  it("acceleration compares the last 30 days (+400) with the 30 before (+300): ×1.333", () => {
    const { acceleration } = computeGrowth(stars, now);
    expect(acceleration).toEqual({ last30: 400, previous30: 300, ratio: expect.closeTo(4 / 3, 6) });
  });

  it("days to the next milestone at the last 30 days' pace: (5000 − 2000) / (400/30 a day) = 225", () => {
    const { nextMilestone: next } = computeGrowth(stars, now);
    expect(next).toEqual({ value: 5000, days: 225, eta: new Date(now.getTime() + 225 * DAY) });
  });

  it("windows the series does not reach are null, not zero", () => {
    const young = [{ at: daysAgo(10), value: 50 }, { at: now, value: 80 }];
    const growth = computeGrowth(young, now);
    // 7 days ago lies 3 of 10 days after the first sample: 50 + 30 × 3/10 = 59, so d7 = 80 − 59 = 21.
    expect(growth.change).toEqual({ d7: 21, d30: null, d90: null });
    expect(growth.weeklyGrowthRate).toBeNull();
    expect(growth.acceleration).toBeNull();
    expect(growth.nextMilestone).toEqual({ value: 100, days: null, eta: null });
  });

  it("a shrinking or flat metric has no milestone date", () => {
    const flat = [{ at: daysAgo(40), value: 700 }, { at: now, value: 700 }];
    expect(computeGrowth(flat, now).nextMilestone).toEqual({ value: 1000, days: null, eta: null });
  });

  it("reports when an estimated point was used", () => {
    const series = [{ at: daysAgo(40), value: 40_000 }, { at: daysAgo(20), value: 41_000, estimated: true }, { at: now, value: 42_000 }];
    expect(computeGrowth(series, now).estimated).toBe(true);
    expect(computeGrowth(stars, now).estimated).toBe(false);
  });

  it("an empty series has no figures", () => {
    expect(computeGrowth([], now).current).toBeNull();
  });
});

describe("valueAt", () => {
  it("interpolates between samples: 20 days ago lies 10/23 of the way from 1600 to 1900 → 1730.43", () => {
    expect(valueAt(stars, daysAgo(20))?.value).toBeCloseTo(1600 + (300 * 10) / 23, 6);
  });
  it("is null before the first sample and the last value after the last one", () => {
    expect(valueAt(stars, daysAgo(91))).toBeNull();
    expect(valueAt(stars, new Date(now.getTime() + DAY))?.value).toBe(2000);
  });
});

describe("nextMilestone", () => {
  it("steps through 100, 500, 1k, 5k, 10k, 25k, 50k, 100k, 250k, 500k, 1M", () => {
    const cases: [number, number][] = [[0, 100], [99, 100], [100, 500], [999, 1000], [1000, 5000], [5000, 10_000], [10_000, 25_000], [49_999, 50_000], [50_000, 100_000], [100_000, 250_000], [300_000, 500_000], [999_999, 1_000_000], [1_000_000, 2_500_000]];
    for (const [current, next] of cases) expect([current, nextMilestone(current)]).toEqual([current, next]);
  });
});
