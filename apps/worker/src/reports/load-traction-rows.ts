// The traction report's rows from stored metric samples: the headline metric of every enabled
// repository (stars) and Discord community (members), with enough history for 90-day changes.
import { buildTractionReport, HEADLINE_METRIC, type TractionRow } from "@ratecard/core/traction";
import { listMetricSeries, type Db } from "@ratecard/db";

const DAY_MS = 86_400_000;

export async function loadTractionRows(db: Db, options: { now: Date; sinceDays: number }): Promise<TractionRow[]> {
  // 90 days for the 90-day change, 60 for acceleration; the query adds the sample just before.
  const from = new Date(options.now.getTime() - Math.max(90, options.sinceDays) * DAY_MS);
  const sources = await listMetricSeries(db, { kinds: ["github_repo", "discord_invite"], metrics: Object.values(HEADLINE_METRIC), from, enabledOnly: true });
  return buildTractionReport(
    sources.map(({ source, series }) => {
      const kind = source.kind as keyof typeof HEADLINE_METRIC;
      return { name: source.name, kind, url: source.url, series: series[HEADLINE_METRIC[kind]] ?? [] };
    }),
    options,
  );
}
