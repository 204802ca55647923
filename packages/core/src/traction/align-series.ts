// Several sources on one scale: each series shifted to its own day 0 (e.g. its first release) and
// read at whole days, so "stars 100 days after launch" compares like with like.
import type { SeriesPoint } from "./types";
import { valueAt } from "./value-at";

const DAY_MS = 86_400_000;

export interface AlignedSeries<K> {
  key: K;
  dayZero: Date;
  /** Value at day 0, 1, 2, ... while the series lasts (interpolated between samples). */
  points: { day: number; value: number; estimated: boolean }[];
}

export function alignSeries<K>(
  entries: readonly { key: K; series: readonly SeriesPoint[]; dayZero: Date }[],
  options: { days?: number; step?: number } = {},
): AlignedSeries<K>[] {
  const step = options.step ?? 1;
  return entries.map(({ key, series, dayZero }) => {
    const sorted = [...series].sort((a, b) => a.at.getTime() - b.at.getTime());
    const lastAt = sorted.at(-1)?.at.getTime() ?? dayZero.getTime();
    const span = Math.floor((lastAt - dayZero.getTime()) / DAY_MS);
    const maxDay = Math.min(span, options.days ?? span);
    const points: AlignedSeries<K>["points"] = [];
    for (let day = 0; day <= maxDay; day += step) {
      const found = valueAt(sorted, new Date(dayZero.getTime() + day * DAY_MS));
      if (found) points.push({ day, value: found.value, estimated: found.estimated });
    }
    return { key, dayZero, points };
  });
}
