// Each source's headline series cut into runs of real and of estimated values, so that the chart
// can draw the estimated stretches dashed; neighbouring runs share their boundary point.
import type { TractionSourceInput } from "@ratecard/db";

export interface TractionChartRun {
  key: string;
  sourceId: string;
  name: string;
  axis: "stars" | "members";
  estimated: boolean;
  /** The first run of a source names it in the legend. */
  first: boolean;
  points: { t: number; v: number }[];
}

export function buildTractionChartLines(inputs: readonly TractionSourceInput[], from: Date): TractionChartRun[] {
  return inputs.flatMap((input) => {
    const points = [...input.series].filter((p) => p.at >= from).sort((a, b) => a.at.getTime() - b.at.getTime());
    const runs: TractionChartRun[] = [];
    for (let i = 0; i < points.length; i++) {
      const point = points[i]!;
      const estimated = point.estimated === true;
      const current = runs.at(-1);
      const entry = { t: point.at.getTime(), v: point.value };
      if (current && current.estimated === estimated) {
        current.points.push(entry);
        continue;
      }
      const previous = points[i - 1];
      runs.push({
        key: `${input.sourceId}-${runs.length}`,
        sourceId: input.sourceId,
        name: input.name,
        axis: input.kind === "github_repo" ? "stars" : "members",
        estimated,
        first: runs.length === 0,
        points: previous ? [{ t: previous.at.getTime(), v: previous.value }, entry] : [entry],
      });
    }
    return runs;
  });
}
