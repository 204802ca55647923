// The traction report as a table: one row per repository or community, fastest growing first.
import type { TractionRow } from "@ratecard/core/traction";

const count = (value: number | null) => (value === null ? "—" : Math.round(value).toLocaleString("en-US"));
const signed = (value: number | null) => (value === null ? "—" : `${value > 0 ? "+" : ""}${Math.round(value).toLocaleString("en-US")}`);
const pct = (value: number | null) => (value === null ? "—" : `${value > 0 ? "+" : ""}${value.toFixed(1)}%`);

export function TractionTable({ rows }: { rows: TractionRow[] }) {
  const since = rows[0]?.sinceDays ?? 30;
  const headers = ["Name", "Metric", "Current", "7d", "30d", "90d", `Growth (${since}d)`, "Weekly", "Acceleration", "Next milestone"];
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
          <tr>
            {headers.map((h, i) => (
              <th key={h} scope="col" className={`px-4 py-2 whitespace-nowrap ${i >= 2 ? "text-right" : ""}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.url} data-traction-row={row.name} data-growth={row.growthPct ?? ""}>
              <td className="px-4 py-2 font-medium whitespace-nowrap text-slate-900">
                <span title={row.url}>{row.name}</span>
                {row.estimated && (
                  <span title="includes estimated values" className="ml-1 text-amber-700">
                    *
                  </span>
                )}
              </td>
              <td className="px-4 py-2 text-slate-600">{row.metric === "discord_members" ? "members" : row.metric}</td>
              <td className="px-4 py-2 text-right tabular-nums">{count(row.current)}</td>
              <td className="px-4 py-2 text-right tabular-nums">{signed(row.change7d)}</td>
              <td className="px-4 py-2 text-right tabular-nums">{signed(row.change30d)}</td>
              <td className="px-4 py-2 text-right tabular-nums">{signed(row.change90d)}</td>
              <td data-column="growth" className="px-4 py-2 text-right tabular-nums">{pct(row.growthPct)}</td>
              <td className="px-4 py-2 text-right tabular-nums">{pct(row.weeklyGrowthPct)}</td>
              <td className="px-4 py-2 text-right tabular-nums">{row.acceleration === null ? "—" : `×${row.acceleration.toFixed(2)}`}</td>
              <td className="px-4 py-2 text-right whitespace-nowrap tabular-nums">
                {row.nextMilestone === null ? "—" : count(row.nextMilestone)}
                {row.daysToMilestone !== null && <span className="text-slate-500"> in {row.daysToMilestone} d</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
