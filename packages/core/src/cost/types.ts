// The shapes of a workload cost comparison (`ratecard cost`).
import type { Price } from "../pricing/types";

export interface Workload {
  /** Input tokens per task, cached ones included (long-context bands are chosen on this). */
  inputTokens: number;
  outputTokens: number;
  /** Share (0..1) of the input tokens read from the prompt cache. */
  cachedShare?: number;
  /** Price the task through the Batch API. */
  batch?: boolean;
  /** Tasks per month to price; default [1000, 1000000]. */
  volumes?: number[];
  /** When given, replaces `volumes` with [requestsPerMonth]. */
  requestsPerMonth?: number;
  /** The clock: prices dated after it are not yet in force, promotions ended before it are over. */
  now?: Date;
}

/** A rule stated as a multiplier ("Batch API: 50% off" is { name: "batch", factor: 0.5 }). */
export interface CostModifier {
  name: string;
  factor: number;
  appliesTo?: string;
}

export interface CostCard {
  provider: string;
  prices: Price[];
  modifiers?: CostModifier[];
}

export interface MonthlyCost {
  volume: number;
  cost: number;
}

export interface CostRow {
  /** The model's provider (a registry price's own provider, else the card's). */
  provider: string;
  model: string;
  /** The card the prices came from, when it is not the model's provider (a registry). */
  source?: string;
  /** USD per task, rounded to 6 decimals. */
  perTask: number;
  /** USD per task before rounding, for forecasts at high volume. */
  perTaskUnrounded: number;
  /** USD per month whatever the volume (a subscription or platform fee); 0 for pure per-use pricing. */
  fixedMonthly: number;
  /** USD per month at each volume, rounded to cents. */
  monthly: MonthlyCost[];
  /** Which prices were used, e.g. "input $5/1M (prompts ≤ 200K)", "batch tier", "cache read $0.50/1M on 50% of input". */
  basis: string[];
}

export interface CostRanking {
  /** Cheapest first at the lowest volume. */
  rows: CostRow[];
  /** The cheapest model at each volume. */
  cheapestAt: { volume: number; provider: string; model: string; monthly: number }[];
  skipped: { provider: string; model: string; reason: string }[];
}

export interface CostCrossover {
  /** Tasks per month from which `to` is cheaper than `from`. */
  volume: number;
  from: { provider: string; model: string };
  to: { provider: string; model: string };
}
