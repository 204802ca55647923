import { describe, expect, it } from "vitest";
import { buildComparisonSeries } from "./build-comparison-series";

const day = (d: number) => new Date(Date.UTC(2026, 0, 1 + d));
// An old project sampled from Jan 1 (100 → 200 in 4 days) and a young one from Jan 3 (10 → 15 in 2 days).
const old = { key: "old", series: [{ at: day(0), value: 100 }, { at: day(4), value: 200 }] };
const young = { key: "young", series: [{ at: day(2), value: 10 }, { at: day(4), value: 15, estimated: true }] };

describe("buildComparisonSeries", () => {
  it("keeps the samples by date, oldest first", () => {
    const [first, second] = buildComparisonSeries([old, { key: "young", series: [...young.series].reverse() }], "date");
    expect(first?.points).toEqual([
      { x: day(0).getTime(), value: 100, estimated: false },
      { x: day(4).getTime(), value: 200, estimated: false },
    ]);
    expect(second?.points.map((point) => point.x)).toEqual([day(2).getTime(), day(4).getTime()]);
  });

  it("aligns each source on its own first sample, interpolating whole days", () => {
    const lines = buildComparisonSeries([old, young], "aligned", { step: 2 });
    expect(lines).toEqual([
      { key: "old", points: [{ x: 0, value: 100, estimated: false }, { x: 2, value: 150, estimated: false }, { x: 4, value: 200, estimated: false }] },
      { key: "young", points: [{ x: 0, value: 10, estimated: false }, { x: 2, value: 15, estimated: true }] },
    ]);
  });

  it("turns aligned values into percent growth since day 0, so both share one scale", () => {
    const lines = buildComparisonSeries([old, young], "growth");
    // old: 100, 125, 150, 175, 200 → 0 %, 25 %, 50 %, 75 %, 100 %; young: 10, 12.5, 15 → 0 %, 25 %, 50 %.
    expect(lines[0]?.points.map((point) => point.value)).toEqual([0, 25, 50, 75, 100]);
    expect(lines[1]?.points.map((point) => [point.x, point.value])).toEqual([[0, 0], [1, 25], [2, 50]]);
  });

  it("gives no growth line for a source that starts at 0 and no points for an empty series", () => {
    const zero = { key: "zero", series: [{ at: day(0), value: 0 }, { at: day(1), value: 5 }] };
    expect(buildComparisonSeries([zero, { key: "empty", series: [] }], "growth")).toEqual([
      { key: "zero", points: [] },
      { key: "empty", points: [] },
    ]);
    expect(buildComparisonSeries([{ key: "empty", series: [] }], "aligned")).toEqual([{ key: "empty", points: [] }]);
  });
});
