// The traction report's inputs from stored samples: the headline metric of every enabled repository
// (stars) and Discord community (members), as the worker's `report traction` command reads them.
import { HEADLINE_METRIC, type TractionInput } from "@ratecard/core/traction";
import type { Db } from "../create-db-client";
import { listMetricSeries } from "../metrics/list-metric-series";

const DAY_MS = 86_400_000;

export interface TractionSourceInput extends TractionInput {
  sourceId: string;
}

export async function listTractionInputs(db: Db, options: { now: Date; sinceDays: number }): Promise<TractionSourceInput[]> {
  // 90 days for the 90-day change, 60 for acceleration; the query adds the sample just before.
  const from = new Date(options.now.getTime() - Math.max(90, options.sinceDays) * DAY_MS);
  const sources = await listMetricSeries(db, { kinds: ["github_repo", "discord_invite"], metrics: Object.values(HEADLINE_METRIC), from, enabledOnly: true });
  return sources.map(({ source, series }) => {
    const kind = source.kind as keyof typeof HEADLINE_METRIC;
    return { sourceId: source.id, name: source.name, kind, url: source.url, series: series[HEADLINE_METRIC[kind]] ?? [] };
  });
}
