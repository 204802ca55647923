// Several sources' series of one metric made comparable on one chart: by date, aligned on each
// source's first sample, or as growth since that first sample.
import { alignSeries } from "./align-series";
import type { SeriesPoint } from "./types";

export type ComparisonMode = "date" | "aligned" | "growth";

export interface ComparisonLine<K> {
  key: K;
  /** x: epoch milliseconds ("date") or days since the source's first sample ("aligned", "growth"). */
  points: { x: number; value: number; estimated: boolean }[];
}

/**
 * "date": the samples as they are. "aligned": each source read at whole days since its own first
 * sample (interpolated, via alignSeries), so a young project is compared with an old one at the same
 * age. "growth": the aligned values as percent change from day 0, so a 500-star and a 50,000-star
 * project share one scale (a source whose day-0 value is 0 has no percentage and no points).
 */
export function buildComparisonSeries<K>(
  entries: readonly { key: K; series: readonly SeriesPoint[] }[],
  mode: ComparisonMode,
  options: { step?: number } = {},
): ComparisonLine<K>[] {
  if (mode === "date") {
    return entries.map(({ key, series }) => ({
      key,
      points: [...series]
        .sort((a, b) => a.at.getTime() - b.at.getTime())
        .map((point) => ({ x: point.at.getTime(), value: point.value, estimated: point.estimated ?? false })),
    }));
  }
  const withStart = entries.flatMap(({ key, series }) => {
    const first = series.reduce((min, point) => Math.min(min, point.at.getTime()), Infinity);
    return Number.isFinite(first) ? [{ key, series, dayZero: new Date(first) }] : [{ key, series: [], dayZero: new Date(0) }];
  });
  return alignSeries(withStart, options.step !== undefined ? { step: options.step } : {}).map(({ key, points }) => {
    if (mode === "aligned") return { key, points: points.map((point) => ({ x: point.day, value: point.value, estimated: point.estimated })) };
    const base = points[0]?.value;
    if (!base) return { key, points: [] };
    return { key, points: points.map((point) => ({ x: point.day, value: Math.round(((point.value - base) / base) * 10_000) / 100, estimated: point.estimated })) };
  });
}
