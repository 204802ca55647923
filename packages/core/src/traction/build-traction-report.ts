// The traction report's rows: one per repository (stars) or community (Discord members), fastest growing first.
import { computeGrowth } from "./compute-growth";
import type { SeriesPoint, TractionRow, TractionSourceKind } from "./types";
import { valueAt } from "./value-at";

const DAY_MS = 86_400_000;

/** The metric a row is about, per kind of source. */
export const HEADLINE_METRIC: Record<TractionSourceKind, string> = { github_repo: "stars", discord_invite: "discord_members" };

export interface TractionInput {
  name: string;
  kind: TractionSourceKind;
  url: string;
  /** The headline metric's samples (other metrics are ignored). */
  series: readonly SeriesPoint[];
}

export function buildTractionReport(inputs: readonly TractionInput[], options: { now: Date; sinceDays: number }): TractionRow[] {
  const { now, sinceDays } = options;
  const rows = inputs.map((input): TractionRow => {
    const sorted = [...input.series].filter((p) => p.at.getTime() <= now.getTime()).sort((a, b) => a.at.getTime() - b.at.getTime());
    const growth = computeGrowth(sorted, now);
    const start = valueAt(sorted, new Date(now.getTime() - sinceDays * DAY_MS));
    const changeSince = growth.current !== null && start ? growth.current - start.value : null;
    return {
      name: input.name,
      kind: input.kind,
      url: input.url,
      metric: HEADLINE_METRIC[input.kind],
      current: growth.current,
      change7d: round(growth.change.d7),
      change30d: round(growth.change.d30),
      change90d: round(growth.change.d90),
      sinceDays,
      changeSince: round(changeSince),
      growthPct: changeSince !== null && start && start.value > 0 ? round((changeSince / start.value) * 100, 2) : null,
      weeklyGrowthPct: growth.weeklyGrowthRate === null ? null : round(growth.weeklyGrowthRate * 100, 2),
      acceleration: round(growth.acceleration?.ratio ?? null, 2),
      nextMilestone: growth.nextMilestone?.value ?? null,
      daysToMilestone: growth.nextMilestone?.days ?? null,
      estimated: growth.estimated || (start?.estimated ?? false),
    };
  });
  // Fastest growing first; rows without a growth figure (too little history) last, by name.
  return rows.sort((a, b) => {
    if (a.growthPct === null || b.growthPct === null) return a.growthPct === null ? (b.growthPct === null ? a.name.localeCompare(b.name) : 1) : -1;
    return b.growthPct - a.growthPct || (b.changeSince ?? 0) - (a.changeSince ?? 0) || a.name.localeCompare(b.name);
  });
}

function round(value: number | null, digits = 0): number | null {
  if (value === null) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
