"use client";
// A model's prices as steps over time, with its change events as vertical markers.
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { HISTORY_DIMENSIONS, type PriceHistoryRow } from "../lib/build-price-history-chart";

const COLORS = { input: "#0369a1", output: "#c2410c", cached: "#15803d" } as const;
const date = (t: number) => new Date(t).toISOString().slice(0, 16).replace("T", " ");
const usd = (v: number) => `$${v.toFixed(v > 0 && v < 0.1 ? 3 : 2)}`;

export function PriceHistoryChart({ rows, events }: { rows: PriceHistoryRow[]; events: { id: string; t: number; label: string }[] }) {
  const dimensions = HISTORY_DIMENSIONS.filter(({ key }) => rows.some((row) => row[key] !== undefined));
  return (
    <div data-testid="price-history-chart" className="h-80 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ top: 16, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={(t: number) => date(t).slice(5, 10)} fontSize={12} />
          <YAxis tickFormatter={usd} fontSize={12} />
          <Tooltip labelFormatter={(t) => date(Number(t))} formatter={(v) => usd(Number(v))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {events.map((event) => (
            <ReferenceLine key={event.id} x={event.t} stroke="#e11d48" strokeDasharray="4 3" label={{ value: event.label, position: "top", fontSize: 11, fill: "#e11d48" }} />
          ))}
          {dimensions.map(({ key, label }) => (
            <Line key={key} dataKey={key} name={label} type="stepAfter" stroke={COLORS[key]} strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
