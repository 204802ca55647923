import type { SeriesPoint } from "./types";

/**
 * The value of a series at time `at`, interpolated linearly between the points around it (samples
 * are taken at irregular times). Null before the first point: the series says nothing about then.
 * After the last point the last value holds. `series` must be sorted by time.
 */
export function valueAt(series: readonly SeriesPoint[], at: Date): { value: number; estimated: boolean } | null {
  const t = at.getTime();
  const first = series[0];
  if (!first || t < first.at.getTime()) return null;
  let lo = 0;
  let hi = series.length - 1;
  // The last point at or before t (binary search: star histories have thousands of points).
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((series[mid] as SeriesPoint).at.getTime() <= t) lo = mid;
    else hi = mid - 1;
  }
  const before = series[lo] as SeriesPoint;
  const after = series[lo + 1];
  if (!after || before.at.getTime() === t) return { value: before.value, estimated: before.estimated ?? false };
  const share = (t - before.at.getTime()) / (after.at.getTime() - before.at.getTime());
  return {
    value: before.value + (after.value - before.value) * share,
    estimated: (before.estimated ?? false) || (after.estimated ?? false),
  };
}
