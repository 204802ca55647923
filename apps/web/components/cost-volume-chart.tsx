"use client";
// Monthly cost against tasks per month (both on log axes) for the cheapest models; crossovers as vertical markers.
import type { CostCurves } from "@ratecard/core";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const COLORS = ["#0369a1", "#c2410c", "#15803d", "#7e22ce", "#b91c1c", "#0f766e", "#a16207", "#be185d"];
const compact = (v: number) => Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 }).format(v);
const usd = (v: number) => (v >= 1 ? `$${compact(v)}` : `$${Number(v.toPrecision(2))}`);

export function CostVolumeChart({ curves }: { curves: CostCurves }) {
  const rows = curves.volumes.map((volume, index) => {
    const row: Record<string, number> = { volume };
    curves.curves.forEach((curve, curveIndex) => {
      row[`c${curveIndex}`] = curve.points[index]!.cost;
    });
    return row;
  });
  // A log axis cannot show $0 (a free model): fall back to a linear cost axis then.
  const logCost = curves.curves.every((curve) => curve.points.every((point) => point.cost > 0));
  const from = curves.volumes[0]!;
  const to = curves.volumes.at(-1)!;
  // Powers of ten on the log cost axis, from just below the cheapest point to just above the dearest.
  const costs = curves.curves.flatMap((curve) => curve.points.map((point) => point.cost));
  const costTicks: number[] = [];
  if (logCost && costs.length > 0) {
    for (let e = Math.floor(Math.log10(Math.min(...costs))); e <= Math.ceil(Math.log10(Math.max(...costs))); e++) costTicks.push(10 ** e);
  }
  const ticks = [] as number[];
  for (let tick = 10 ** Math.ceil(Math.log10(from)); tick <= to; tick *= 10) ticks.push(tick);
  return (
    <div data-testid="cost-chart" data-lines={curves.curves.length} className="h-96 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ top: 20, right: 16, bottom: 16, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis
            dataKey="volume"
            type="number"
            scale="log"
            domain={[from, to]}
            ticks={ticks}
            tickFormatter={compact}
            fontSize={12}
            label={{ value: "tasks per month", position: "insideBottom", offset: -8, fontSize: 12 }}
          />
          {logCost ? (
            <YAxis scale="log" domain={[costTicks[0]!, costTicks.at(-1)!]} ticks={costTicks} tickFormatter={usd} fontSize={12} width={64} allowDataOverflow />
          ) : (
            <YAxis domain={[0, "auto"]} tickFormatter={usd} fontSize={12} width={64} />
          )}
          <Tooltip labelFormatter={(v) => `${Number(v).toLocaleString("en-US")} tasks/month`} formatter={(v) => usd(Number(v))} />
          <Legend verticalAlign="top" wrapperStyle={{ fontSize: 12, paddingBottom: 8 }} />
          {curves.crossovers.map((crossover) => (
            <ReferenceLine
              key={`${crossover.volume}-${crossover.to.model}`}
              x={crossover.volume}
              stroke="#e11d48"
              strokeDasharray="4 3"
              label={{ value: `→ ${crossover.to.model}`, position: "top", fontSize: 11, fill: "#e11d48" }}
            />
          ))}
          {curves.curves.map((curve, index) => (
            <Line
              key={`${curve.provider}/${curve.model}/${curve.source ?? ""}`}
              dataKey={`c${index}`}
              name={`${curve.provider} ${curve.model}`}
              type="linear"
              stroke={COLORS[index % COLORS.length]}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
