// The weekly traction email's content: the traction module's rows over the metric samples (stars,
// Discord members), as a table for HTML and as `formatTractionReport(rows, "md")` for the text part.
import { formatTractionReport } from "@ratecard/core/traction";
import type { Db } from "@ratecard/db";
import type { TractionReportView } from "@ratecard/email";
import { loadTractionRows } from "../reports/load-traction-rows";


export async function buildWeeklyTractionReport(db: Db, now: Date): Promise<TractionReportView> {
  const rows = await loadTractionRows(db, { now, sinceDays: 7 });
  const count = (v: number | null) => (v === null ? "—" : Math.round(v).toLocaleString("en-US"));
  const signed = (v: number | null) => (v === null ? "—" : `${v > 0 ? "+" : ""}${Math.round(v).toLocaleString("en-US")}`);
  const pct = (v: number | null) => (v === null ? "—" : `${v > 0 ? "+" : ""}${v.toFixed(1)}%`);
  return {
    title: `Weekly traction report, week to ${now.toISOString().slice(0, 10)}`,
    headers: ["name", "metric", "current", "7d", "30d", "90d", "weekly", "next milestone"],
    rows: rows.map((row) => [
      row.name + (row.estimated ? " *" : ""),
      row.metric.replace(/_/g, " "),
      count(row.current),
      signed(row.change7d),
      signed(row.change30d),
      signed(row.change90d),
      pct(row.weeklyGrowthPct),
      row.nextMilestone === null ? "—" : `${count(row.nextMilestone)}${row.daysToMilestone === null ? "" : ` in ${row.daysToMilestone} d`}`,
    ]),
    notes: [
      ...(rows.length === 0 ? ["No traction data yet: add github_repo or discord_invite sources and collect them."] : []),
      ...(rows.some((row) => row.estimated) ? ["* includes estimated values (interpolated between observations)."] : []),
    ],
    text: formatTractionReport(rows, "md"),
  };
}
