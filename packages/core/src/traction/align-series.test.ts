import { describe, expect, it } from "vitest";
import { alignSeries } from "./align-series";

describe("alignSeries", () => {
  it("puts each series on its own day 0 and reads it at whole days", () => {
    // A launched Jan 1 (0 → 100 stars in 10 days); B launched Feb 1 (10 → 60 in 5 days).
    const aligned = alignSeries([
      { key: "A", dayZero: new Date("2026-01-01T00:00:00Z"), series: [{ at: new Date("2026-01-01T00:00:00Z"), value: 0 }, { at: new Date("2026-01-11T00:00:00Z"), value: 100 }] },
      { key: "B", dayZero: new Date("2026-02-01T00:00:00Z"), series: [{ at: new Date("2026-02-01T00:00:00Z"), value: 10 }, { at: new Date("2026-02-06T00:00:00Z"), value: 60 }] },
    ]);
    // Day 5: A is half-way to 100 (50); B has reached 60.
    expect(aligned.map((s) => s.points.find((p) => p.day === 5)?.value)).toEqual([50, 60]);
    expect(aligned.map((s) => s.points.length)).toEqual([11, 6]);
  });
});
