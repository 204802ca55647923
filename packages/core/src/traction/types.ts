/** One observation of a metric. `estimated` marks values filled in between real observations. */
export interface SeriesPoint {
  at: Date;
  value: number;
  estimated?: boolean;
}

/** The change of one metric over the usual windows, its pace, and the next round number it will reach. */
export interface Growth {
  /** The latest value at or before `now` (null for an empty series). */
  current: number | null;
  currentAt: Date | null;
  /** current − value N days before now; null when the series does not reach that far back. */
  change: { d7: number | null; d30: number | null; d90: number | null };
  /** Average compound growth per week over the last 30 days (0.05 = +5 % a week). */
  weeklyGrowthRate: number | null;
  /** Gain in the last 30 days against the 30 days before; ratio 1.5 = growing 50 % faster. */
  acceleration: { last30: number; previous30: number; ratio: number | null } | null;
  /** The next milestone above the current value and the days to it at the last 30 days' pace. */
  nextMilestone: { value: number; days: number | null; eta: Date | null } | null;
  /** True when a value used above came from an estimated point. */
  estimated: boolean;
}

export type TractionSourceKind = "github_repo" | "discord_invite";

/** One line of the traction report: a repository (stars) or a community (Discord members). */
export interface TractionRow {
  name: string;
  kind: TractionSourceKind;
  url: string;
  metric: string;
  current: number | null;
  change7d: number | null;
  change30d: number | null;
  change90d: number | null;
  /** Change over the report's window (--since) and the same as a percentage of the value at its start. */
  sinceDays: number;
  changeSince: number | null;
  growthPct: number | null;
  weeklyGrowthPct: number | null;
  /** Last 30 days' gain divided by the previous 30 days' gain. */
  acceleration: number | null;
  nextMilestone: number | null;
  daysToMilestone: number | null;
  estimated: boolean;
}

export type TractionReportFormat = "md" | "csv" | "json";
