// Open-source health: how fast each tracked repository and Discord community grows, several compared on one scale, every stored metric charted.
import { buildComparisonSeries, type ComparisonMode } from "@ratecard/core/traction";
import type { Metadata } from "next";
import { TractionChart } from "../../components/traction-chart";
import { COMPARISON_MODES, TractionCompareForm } from "../../components/traction-compare-form";
import { TractionLineChart } from "../../components/traction-line-chart";
import { TractionSourcePanel } from "../../components/traction-source-panel";
import { TractionTable } from "../../components/traction-table";
import { buildTractionChartLines } from "../../lib/build-traction-chart-lines";
import { firstParam } from "../../lib/first-param";
import { loadTractionReport, TRACTION_SINCE_DAYS } from "../../lib/load-traction-report";
import { loadTractionSeries } from "../../lib/load-traction-series";
import { TRACTION_METRICS, tractionMetricLabel } from "../../lib/traction-metrics";
import { requireUser } from "../../lib/auth/require-user";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Traction" };

const CHART_DAYS = 90;
/** Compared when the form has not chosen: the fastest growing few. */
const DEFAULT_COMPARED = 3;
/** The overview chart draws the fastest growing sources only; any others can be compared below. */
const OVERVIEW_SOURCES = 10;

export default async function TractionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser();
  const query = await searchParams;
  const now = new Date();
  const from = new Date(now.getTime() - CHART_DAYS * 86_400_000);
  const { rows, inputs } = await loadTractionReport(now);

  // The report's order (fastest growing first) for the checkboxes and the default choice.
  const ordered = rows.flatMap((row) => inputs.filter((input) => input.url === row.url && input.kind === row.kind).slice(0, 1));
  const runs = buildTractionChartLines(ordered.slice(0, OVERVIEW_SOURCES), from);
  const requested = [query.source ?? []].flat();
  const known = new Set(ordered.map((input) => input.sourceId));
  const chosen = requested.length > 0 ? requested.filter((id) => known.has(id)) : ordered.slice(0, DEFAULT_COMPARED).map((input) => input.sourceId);
  const selected = new Set(chosen);
  const compared = ordered.filter((input) => selected.has(input.sourceId));
  const series = await loadTractionSeries(compared.map((input) => input.sourceId), from);
  const metrics: string[] = TRACTION_METRICS.map((entry) => entry.metric).filter((metric) => series.some((s) => (s.series[metric]?.length ?? 0) > 0));
  const askedMetric = firstParam(query.metric);
  const metric = askedMetric && metrics.includes(askedMetric) ? askedMetric : (metrics.find((m) => m === "stars") ?? metrics[0] ?? "stars");
  const askedMode = firstParam(query.mode);
  const mode: ComparisonMode = COMPARISON_MODES.find((option) => option.mode === askedMode)?.mode ?? "date";
  const withMetric = series.filter((s) => (s.series[metric]?.length ?? 0) > 0);
  const lines = buildComparisonSeries(
    withMetric.map((s) => ({ key: s.source.id, series: s.series[metric]! })),
    mode,
  ).map((line) => ({
    key: line.key,
    name: withMetric.find((s) => s.source.id === line.key)!.source.name,
    points: line.points.map((point) => ({ x: point.x, value: point.value })),
  }));
  return (
    <>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Traction</h1>
        <div className="flex items-baseline gap-4 text-sm">
          <p className="text-slate-500">Stars per repository, members per Discord community; fastest growing over {TRACTION_SINCE_DAYS} days first</p>
          {rows.length > 0 && (
            <a href="/traction/report.csv" download className="font-medium whitespace-nowrap text-sky-700 hover:underline">
              Download CSV
            </a>
          )}
        </div>
      </div>
      {rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-sm text-slate-600">
          No traction data yet: add github_repo or discord_invite sources and collect them.
        </div>
      ) : (
        <>
          <TractionTable rows={rows} />
          {rows.some((row) => row.estimated) && (
            <p className="mt-2 text-xs text-slate-500">* includes estimated values (GitHub lists at most 40,000 stargazers; the rest is interpolated).</p>
          )}
          <section aria-label="Growth over time" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h2 className="mb-2 text-sm font-semibold text-slate-700">Last {CHART_DAYS} days</h2>
            <TractionChart runs={runs} />
            <p className="mt-2 text-xs text-slate-500">
              Dashed: estimated values.
              {ordered.length > OVERVIEW_SOURCES && ` The ${OVERVIEW_SOURCES} fastest growing of ${ordered.length} sources; compare any of them below.`}
            </p>
          </section>
          <section id="compare" aria-labelledby="compare-heading" className="mt-6 space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h2 id="compare-heading" className="text-sm font-semibold text-slate-700">
              Compare on one scale
            </h2>
            <TractionCompareForm sources={ordered} selected={selected} metrics={metrics.length > 0 ? metrics : ["stars"]} metric={metric} mode={mode} />
            {lines.length === 0 ? (
              <p className="text-sm text-slate-500">
                {compared.length === 0 ? "Tick at least one repository or community to compare." : `None of the chosen sources has ${tractionMetricLabel(metric)} samples.`}
              </p>
            ) : (
              <>
                <p className="text-xs text-slate-500">
                  {tractionMetricLabel(metric)},{" "}
                  {mode === "date"
                    ? `last ${CHART_DAYS} days`
                    : mode === "aligned"
                      ? "by days since each source's first sample in the window"
                      : "percent growth since each source's first sample in the window"}
                </p>
                <TractionLineChart testId="traction-compare-chart" lines={lines} x={mode === "date" ? "date" : "day"} y={mode === "growth" ? "percent" : "count"} />
              </>
            )}
          </section>
          {compared.length > 0 && (
            <section aria-labelledby="sources-heading" className="mt-6 space-y-4">
              <h2 id="sources-heading" className="text-sm font-semibold text-slate-700">
                Every metric of the compared sources, last {CHART_DAYS} days
              </h2>
              {series.map((s) => (
                <TractionSourcePanel key={s.source.id} name={s.source.name} url={s.source.url} series={s.series} metrics={TRACTION_METRICS.map((entry) => entry.metric)} now={now} />
              ))}
            </section>
          )}
        </>
      )}
    </>
  );
}
