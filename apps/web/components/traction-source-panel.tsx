// One repository or community: each stored metric's current value, growth and acceleration, and its chart.
import { computeGrowth } from "@ratecard/core/traction";
import type { MetricPoint } from "@ratecard/db";
import { formatPercent } from "../lib/format-percent";
import { tractionMetricLabel } from "../lib/traction-metrics";
import { TractionLineChart } from "./traction-line-chart";

const count = (value: number) => Math.round(value).toLocaleString("en-US");
const signed = (value: number | null) => (value === null ? "—" : `${value > 0 ? "+" : ""}${count(value)}`);

export function TractionSourcePanel({
  name,
  url,
  series,
  metrics,
  now,
}: {
  name: string;
  url: string;
  series: Record<string, MetricPoint[]>;
  metrics: string[];
  now: Date;
}) {
  const shown = metrics.filter((metric) => (series[metric]?.length ?? 0) > 0);
  return (
    <section aria-label={name} data-traction-source={name} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h3 className="font-semibold text-slate-900">
        {name} <span className="text-xs font-normal break-all text-slate-500">{url}</span>
      </h3>
      {shown.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">No samples in the chart window yet.</p>
      ) : (
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          {shown.map((metric) => {
            const points = series[metric]!;
            const growth = computeGrowth(points, now);
            const ratio = growth.acceleration?.ratio ?? null;
            return (
              <div key={metric} data-metric={metric}>
                <dl className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
                  <div>
                    <dt className="inline font-semibold text-slate-800">{tractionMetricLabel(metric)}</dt>{" "}
                    <dd className="inline tabular-nums">{growth.current === null ? "—" : count(growth.current)}</dd>
                  </div>
                  <div>
                    <dt className="inline">30 days</dt> <dd className="inline tabular-nums">{signed(growth.change.d30)}</dd>
                  </div>
                  <div>
                    <dt className="inline">weekly</dt>{" "}
                    <dd className="inline tabular-nums">{growth.weeklyGrowthRate === null ? "—" : formatPercent(Math.round(growth.weeklyGrowthRate * 1000) / 10)}</dd>
                  </div>
                  <div title="Gain in the last 30 days against the 30 days before">
                    <dt className="inline">acceleration</dt>{" "}
                    <dd className="inline tabular-nums">{ratio === null ? "—" : `×${ratio.toFixed(2)}`}</dd>
                  </div>
                </dl>
                <TractionLineChart
                  testId="traction-metric-chart"
                  height="h-40"
                  x="date"
                  y="count"
                  lines={[{ key: metric, name: tractionMetricLabel(metric), points: points.map((point) => ({ x: point.at.getTime(), value: point.value })) }]}
                />
              </div>
            );
          })}
        </div>
      )}
    </section>
  );
}
