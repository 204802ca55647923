// Every charted metric of the chosen repositories and communities over the chart window.
import { listMetricSeries, type SourceMetricSeries } from "@ratecard/db";
import { getDb } from "./db";
import { TRACTION_METRICS } from "./traction-metrics";

export async function loadTractionSeries(sourceIds: string[], from: Date): Promise<SourceMetricSeries[]> {
  if (sourceIds.length === 0) return [];
  return listMetricSeries(getDb(), {
    kinds: ["github_repo", "discord_invite"],
    metrics: TRACTION_METRICS.map((entry) => entry.metric),
    from,
    enabledOnly: true,
    sourceIds,
  });
}
