// Growth of one metric of one source: changes over 7/30/90 days, weekly rate, acceleration, next milestone.
import { nextMilestone } from "./next-milestone";
import type { Growth, SeriesPoint } from "./types";
import { valueAt } from "./value-at";

const DAY_MS = 86_400_000;

export function computeGrowth(series: readonly SeriesPoint[], now: Date): Growth {
  const points = [...series].filter((p) => p.at.getTime() <= now.getTime()).sort((a, b) => a.at.getTime() - b.at.getTime());
  const last = points.at(-1);
  if (!last) {
    return { current: null, currentAt: null, change: { d7: null, d30: null, d90: null }, weeklyGrowthRate: null, acceleration: null, nextMilestone: null, estimated: false };
  }
  const current = last.value;
  let estimated = last.estimated ?? false;
  const back = (days: number): number | null => {
    const found = valueAt(points, new Date(now.getTime() - days * DAY_MS));
    if (!found) return null;
    if (found.estimated) estimated = true;
    return found.value;
  };
  const v7 = back(7);
  const v30 = back(30);
  const v60 = back(60);
  const v90 = back(90);
  const change = {
    d7: v7 === null ? null : current - v7,
    d30: v30 === null ? null : current - v30,
    d90: v90 === null ? null : current - v90,
  };
  // Compounded: (current / value 30 days ago) ^ (7/30) − 1.
  const weeklyGrowthRate = v30 !== null && v30 > 0 && current >= 0 ? Math.pow(current / v30, 7 / 30) - 1 : null;
  const acceleration =
    v30 !== null && v60 !== null
      ? { last30: current - v30, previous30: v30 - v60, ratio: v30 - v60 > 0 ? (current - v30) / (v30 - v60) : null }
      : null;
  const milestone = nextMilestone(current);
  const pacePerDay = change.d30 !== null ? change.d30 / 30 : null;
  const days = pacePerDay !== null && pacePerDay > 0 ? Math.ceil((milestone - current) / pacePerDay) : null;
  return {
    current,
    currentAt: last.at,
    change,
    weeklyGrowthRate,
    acceleration,
    nextMilestone: { value: milestone, days, eta: days === null ? null : new Date(now.getTime() + days * DAY_MS) },
    estimated,
  };
}
