"use client";
// The headline metric of every repository and community over time; estimated stretches are dashed.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from "recharts";
import type { TractionChartRun } from "../lib/build-traction-chart-lines";

const COLORS = ["#0369a1", "#c2410c", "#15803d", "#7e22ce", "#b91c1c", "#0f766e", "#a16207", "#be185d"];
const day = (t: number) => new Date(t).toISOString().slice(5, 10);
const compact = (v: number) => (v >= 1000 ? `${Math.round(v / 100) / 10}k` : String(v));

export function TractionChart({ runs }: { runs: TractionChartRun[] }) {
  const sourceIds = [...new Set(runs.map((r) => r.sourceId))];
  const color = (sourceId: string) => COLORS[sourceIds.indexOf(sourceId) % COLORS.length];
  const hasMembers = runs.some((r) => r.axis === "members");
  const hasStars = runs.some((r) => r.axis === "stars");
  return (
    <div data-testid="traction-chart" className="h-80 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={day} allowDuplicatedCategory={false} fontSize={12} />
          {hasStars && <YAxis yAxisId="stars" orientation="left" tickFormatter={compact} fontSize={12} label={{ value: "stars", angle: -90, position: "insideLeft", fontSize: 12 }} />}
          {hasMembers && <YAxis yAxisId="members" orientation="right" tickFormatter={compact} fontSize={12} label={{ value: "members", angle: 90, position: "insideRight", fontSize: 12 }} />}
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {runs.map((run) => (
            <Line
              key={run.key}
              data={run.points}
              dataKey="v"
              name={run.name}
              yAxisId={run.axis}
              type="linear"
              stroke={color(run.sourceId)}
              strokeWidth={2}
              strokeDasharray={run.estimated ? "5 4" : undefined}
              dot={false}
              isAnimationActive={false}
              legendType={run.first ? "line" : "none"}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
