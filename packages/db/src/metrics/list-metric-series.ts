import type { Db } from "../create-db-client";
import type { Source, SourceKind } from "../generated/prisma/client";

export interface MetricPoint {
  at: Date;
  value: number;
  estimated: boolean;
  meta: unknown;
}

export interface SourceMetricSeries {
  source: Source;
  /** Samples per metric, oldest first. */
  series: Record<string, MetricPoint[]>;
}

/**
 * The samples of the given metrics for every source of the given kinds, from `from` on, plus the
 * last sample before `from` (so a window that starts between two samples can be interpolated).
 */
export async function listMetricSeries(
  db: Db,
  filter: { kinds: SourceKind[]; metrics: string[]; from?: Date; enabledOnly?: boolean; sourceIds?: string[] },
): Promise<SourceMetricSeries[]> {
  const sources = await db.source.findMany({
    where: {
      kind: { in: filter.kinds },
      ...(filter.enabledOnly ? { enabled: true } : {}),
      ...(filter.sourceIds ? { id: { in: filter.sourceIds } } : {}),
    },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
  });
  if (sources.length === 0) return [];
  const ids = sources.map((s) => s.id);
  const from = filter.from ?? new Date(0);
  const rows = await db.metricSample.findMany({
    where: { sourceId: { in: ids }, metric: { in: filter.metrics }, at: { gte: from } },
    orderBy: { at: "asc" },
    select: { sourceId: true, metric: true, at: true, value: true, estimated: true, meta: true },
  });
  const before = filter.from
    ? await db.$queryRaw<{ source_id: string; metric: string; at: Date; value: number; estimated: boolean; meta: unknown }[]>`
        SELECT DISTINCT ON (source_id, metric) source_id::text, metric, at, value, estimated, meta
        FROM metric_samples
        WHERE source_id = ANY(${ids}::uuid[]) AND metric = ANY(${filter.metrics}::text[]) AND at < ${from}
        ORDER BY source_id, metric, at DESC`
    : [];
  const bySource = new Map<string, Record<string, MetricPoint[]>>(ids.map((id) => [id, {}]));
  const push = (sourceId: string, metric: string, point: MetricPoint) => {
    const series = bySource.get(sourceId);
    if (series) (series[metric] ??= []).push(point);
  };
  for (const row of before) push(row.source_id, row.metric, { at: row.at, value: row.value, estimated: row.estimated, meta: row.meta });
  for (const row of rows) push(row.sourceId, row.metric, { at: row.at, value: row.value, estimated: row.estimated, meta: row.meta });
  return sources.map((source) => ({ source, series: bySource.get(source.id) ?? {} }));
}
