// Monthly cost against volume, for the cost chart.
import type { MonthlyCost } from "./types";
import { roundCost } from "./round-cost";

/**
 * Monthly cost at each volume: fixed monthly fee + per-task cost × volume, rounded to cents. Flat
 * per-task pricing makes this a straight line; tiered and volume-discount prices are out of scope.
 * Pass a CostRow: its unrounded per-task cost is used so a million tasks do not multiply rounding.
 */
export function forecastMonthlyCost(
  cost: { perTask: number; perTaskUnrounded?: number; fixedMonthly?: number },
  volumes: number[],
): MonthlyCost[] {
  const perTask = cost.perTaskUnrounded ?? cost.perTask;
  const fixed = cost.fixedMonthly ?? 0;
  return volumes.map((volume) => ({ volume, cost: roundCost(fixed + perTask * volume, 2) }));
}
