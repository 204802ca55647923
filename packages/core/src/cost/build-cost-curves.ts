// The cost calculator's chart: monthly cost against volume for the cheapest models, and where the cheapest changes.
import { cheapestAtVolumes, type CheapestAtVolume } from "./cheapest-at-volumes";
import { crossoverVolumes } from "./crossover-volumes";
import { sampleLogVolumes } from "./sample-log-volumes";
import type { CostCrossover, CostRow, MonthlyCost } from "./types";

export interface CostCurve {
  provider: string;
  model: string;
  source?: string;
  /** USD per month at each of the curves' volumes, to 6 significant digits (cents would flatten a cheap model to $0 at low volume, which a log axis cannot show). */
  points: MonthlyCost[];
}

export interface CostCurves {
  volumes: number[];
  /** The charted models in ranking order: the first `limit` rows and any model that is cheapest somewhere in the range. */
  curves: CostCurve[];
  /** The cheapest model at each volume. */
  cheapest: CheapestAtVolume[];
  /** Where the cheapest model changes inside the range (empty: the same model is cheapest throughout). */
  crossovers: CostCrossover[];
}

export interface CostCurveOptions {
  /** Lowest and highest tasks per month; default 10 to 10,000,000. */
  from?: number;
  to?: number;
  perDecade?: number;
  /** How many of the ranking's first rows to draw; default 5. */
  limit?: number;
  /** Volumes that must be on the curves (e.g. the workload's own). */
  include?: number[];
}

export function buildCostCurves(rows: readonly CostRow[], options: CostCurveOptions = {}): CostCurves {
  const { from = 10, to = 10_000_000, perDecade = 4, limit = 5, include = [] } = options;
  const crossovers = crossoverVolumes({ rows: [...rows] }).filter((crossover) => crossover.volume >= from && crossover.volume <= to);
  const volumes = sampleLogVolumes(from, to, perDecade, [...include, ...crossovers.map((crossover) => crossover.volume)]);
  const cheapest = cheapestAtVolumes(rows, volumes);
  const key = (row: { provider: string; model: string }) => `${row.provider}\u0000${row.model}`;
  const everCheapest = new Set(cheapest.map(key));
  const charted = rows.filter((row, index) => index < limit || everCheapest.has(key(row)));
  return {
    volumes,
    curves: charted.map((row) => ({
      provider: row.provider,
      model: row.model,
      ...(row.source !== undefined ? { source: row.source } : {}),
      points: volumes.map((volume) => ({ volume, cost: Number((row.fixedMonthly + row.perTaskUnrounded * volume).toPrecision(6)) })),
    })),
    cheapest,
    crossovers,
  };
}
