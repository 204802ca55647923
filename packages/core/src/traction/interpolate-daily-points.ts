import type { SeriesPoint } from "./types";

const DAY_MS = 86_400_000;

/**
 * Estimated points at each UTC midnight strictly between two known points, on the straight line
 * between them (rounded: counts are whole). Used where GitHub stops listing stargazers (40,000):
 * from the last exact count to the current total.
 */
export function interpolateDailyPoints(from: SeriesPoint, to: SeriesPoint): SeriesPoint[] {
  const t0 = from.at.getTime();
  const t1 = to.at.getTime();
  if (t1 <= t0) return [];
  const points: SeriesPoint[] = [];
  for (let b = Math.floor(t0 / DAY_MS) * DAY_MS + DAY_MS; b < t1; b += DAY_MS) {
    points.push({ at: new Date(b), value: Math.round(from.value + ((to.value - from.value) * (b - t0)) / (t1 - t0)), estimated: true });
  }
  return points;
}
