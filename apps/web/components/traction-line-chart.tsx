"use client";
// Lines of one scale over time or over days since each source's first sample (the comparison and the per-metric charts).
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface TractionLine {
  key: string;
  name: string;
  points: { x: number; value: number }[];
}

const COLORS = ["#0369a1", "#c2410c", "#15803d", "#7e22ce", "#b91c1c", "#0f766e", "#a16207", "#be185d"];
const compact = (v: number) => Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 }).format(v);
const date = (t: number) => new Date(t).toISOString().slice(0, 10);

export function TractionLineChart({
  lines,
  x,
  y,
  testId,
  height = "h-80",
}: {
  lines: TractionLine[];
  x: "date" | "day";
  y: "count" | "percent";
  testId: string;
  height?: string;
}) {
  const formatY = (v: number) => (y === "percent" ? `${v > 0 ? "+" : ""}${compact(v)}%` : compact(v));
  const formatX = (v: number) => (x === "date" ? date(v).slice(5) : `day ${v}`);
  return (
    <div data-testid={testId} data-lines={lines.length} className={`${height} w-full`}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis dataKey="x" type="number" scale={x === "date" ? "time" : "linear"} domain={["dataMin", "dataMax"]} tickFormatter={formatX} allowDuplicatedCategory={false} fontSize={12} />
          <YAxis yAxisId="v" tickFormatter={formatY} fontSize={12} width={56} />
          <Tooltip labelFormatter={(v) => (x === "date" ? date(Number(v)) : `day ${v}`)} formatter={(v) => formatY(Number(v))} />
          {lines.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
          {lines.map((line, index) => (
            <Line
              key={line.key}
              data={line.points}
              dataKey="value"
              yAxisId="v"
              name={line.name}
              type="linear"
              stroke={COLORS[index % COLORS.length]}
              strokeWidth={2}
              dot={line.points.length < 3}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
