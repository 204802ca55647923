// The cost of one task on one model, from that model's prices, with the prices it used.
import { isExpiredPrice, isScheduledPrice } from "../diff/events/effective-dates";
import type { Price } from "../pricing/types";
import type { CostModifier, Workload } from "./types";

export type TaskCost =
  | { ok: true; perTask: number; fixedMonthly: number; basis: string[] }
  | { ok: false; reason: string };

interface Picked {
  usdPer1M: number;
  price: Price;
  /** Set when the price is a standard price times the batch modifier. */
  factor?: number;
  /** Why this price stands in for the one asked for. */
  note?: string;
}

const TOKEN_LABELS: Record<string, string> = { input: "input", output: "output", cache_read: "cache read" };

/**
 * Prices one task: uncached input, cached input (cache_read), output, and any per-request fee, in
 * the tier the workload asks for and the long-context band its prompt falls in. Only USD prices
 * count (no invented exchange rates). Cache writes, volume discounts and tiered per-volume prices
 * are not modelled.
 */
export function priceTask(prices: Price[], workload: Workload, modifiers: CostModifier[] = []): TaskCost {
  const inForce = prices.filter((price) => !isScheduledPrice(price, workload.now) && !isExpiredPrice(price, workload.now));
  const tokenPrices = inForce.filter((price) => price.usdPer1M !== undefined && Number.isFinite(price.usdPer1M));
  if (tokenPrices.length === 0) return { ok: false, reason: "no USD token prices" };

  const batchFactor = workload.batch ? modifiers.find((modifier) => /batch/i.test(modifier.name))?.factor : undefined;
  const pick = (dimension: string): Picked | { missing: string } => pickTokenPrice(tokenPrices, dimension, workload, batchFactor);

  const input = pick("input");
  if ("missing" in input) return { ok: false, reason: input.missing };
  const output = pick("output");
  if ("missing" in output) return { ok: false, reason: output.missing };

  const basis: string[] = [];
  if (workload.batch) basis.push(input.factor === undefined ? "batch tier" : `batch: standard prices × ${input.factor} (modifier)`);
  const cachedShare = workload.cachedShare ?? 0;
  const cachedTokens = workload.inputTokens * cachedShare;
  const uncachedTokens = workload.inputTokens - cachedTokens;
  let perTask = (uncachedTokens * input.usdPer1M + workload.outputTokens * output.usdPer1M) / 1e6;
  basis.push(describePick("input", input, tokenPrices, workload), describePick("output", output, tokenPrices, workload));

  if (cachedTokens > 0) {
    const cacheRead = pick("cache_read");
    const share = `${formatNumber(cachedShare * 100)}% of input`;
    if ("missing" in cacheRead) {
      perTask += (cachedTokens * input.usdPer1M) / 1e6;
      basis.push(`no cache read price: cached ${share} at the full input price`);
    } else {
      perTask += (cachedTokens * cacheRead.usdPer1M) / 1e6;
      basis.push(`${describePick("cache_read", cacheRead, tokenPrices, workload)} on ${share}`);
    }
  }

  const requestFee = pickFlatFee(inForce, workload, (unit) => unit === "request" || unit === "1k requests", "request");
  if (requestFee) {
    const perRequest = requestFee.unit.toLowerCase() === "1k requests" ? requestFee.amount / 1000 : requestFee.amount;
    perTask += perRequest;
    basis.push(`request fee ${formatUsd(perRequest)} per request`);
  }
  const monthlyFee = pickFlatFee(inForce, workload, (unit) => /^(?:1 |per )?month$/.test(unit));
  if (monthlyFee) basis.push(`fixed fee ${formatUsd(monthlyFee.amount)} per month`);

  return { ok: true, perTask, fixedMonthly: monthlyFee?.amount ?? 0, basis };
}

/**
 * The price of one token dimension: the long-context band the prompt falls in (the highest
 * `contextAbove` below the input tokens), in the batch tier for batch work (else the batch modifier
 * on the standard price), otherwise a running promotion before the standard price.
 */
function pickTokenPrice(tokenPrices: Price[], dimension: string, workload: Workload, batchFactor: number | undefined): Picked | { missing: string } {
  const candidates = tokenPrices.filter(
    (price) => price.dimension === dimension && (price.contextUpTo === undefined || workload.inputTokens <= price.contextUpTo),
  );
  const band = Math.max(0, ...candidates.map((price) => price.contextAbove ?? 0).filter((above) => above < workload.inputTokens));
  const inBand = candidates.filter((price) => (price.contextAbove ?? 0) === band);
  const bandNote = band > 0 ? ` for prompts > ${formatTokens(band)}` : "";
  const label = TOKEN_LABELS[dimension] ?? dimension;

  if (workload.batch) {
    const batch = best(inBand.filter((price) => price.tier === "batch"));
    if (batch) return { usdPer1M: batch.usdPer1M!, price: batch };
    const standard = best(inBand.filter((price) => price.tier === "standard"));
    if (standard && batchFactor !== undefined) return { usdPer1M: standard.usdPer1M! * batchFactor, price: standard, factor: batchFactor };
    // Batch tables list input and output only; a cached read then costs at most its standard price.
    if (standard && dimension === "cache_read") return { usdPer1M: standard.usdPer1M!, price: standard, note: "standard price: no batch price" };
    return { missing: dimension === "cache_read" ? `no ${label} price` : `no batch price${bandNote}` };
  }
  const price = best(inBand.filter((candidate) => candidate.tier === "promo")) ?? best(inBand.filter((candidate) => candidate.tier === "standard"));
  if (!price) return { missing: `no ${label} price${bandNote}` };
  return { usdPer1M: price.usdPer1M!, price };
}

/**
 * Among prices for one slot: plain ones before those with qualifiers (a region surcharge, an
 * off-peak window) or a cache TTL, the latest in force, then the lowest, so row order never matters.
 */
function best(prices: Price[]): Price | undefined {
  const rank = (price: Price): number => (Object.keys(price.qualifiers ?? {}).length > 0 ? 2 : 0) + (price.cacheTtl ? 1 : 0);
  return [...prices].sort(
    (a, b) =>
      rank(a) - rank(b)
      || compareText(b.validFrom ?? "", a.validFrom ?? "")
      || (a.usdPer1M ?? a.amount) - (b.usdPer1M ?? b.amount),
  )[0];
}

function pickFlatFee(prices: Price[], workload: Workload, unitMatches: (unit: string) => boolean, dimension?: string): Price | undefined {
  const fees = prices.filter(
    (price) =>
      price.currency.toUpperCase() === "USD"
      && price.usdPer1M === undefined
      && unitMatches(price.unit.trim().toLowerCase())
      && (dimension === undefined || price.dimension === dimension),
  );
  const tiers = workload.batch ? ["batch", "standard"] : ["promo", "standard"];
  for (const tier of tiers) {
    const fee = best(fees.filter((price) => price.tier === tier));
    if (fee) return fee;
  }
  return undefined;
}

/** "input $10/1M (prompts > 200K)", "input $5/1M (prompts ≤ 200K)" when the model has a long-context band. */
function describePick(dimension: string, picked: Picked, tokenPrices: Price[], workload: Workload): string {
  const label = TOKEN_LABELS[dimension] ?? dimension;
  const notes: string[] = [];
  const above = picked.price.contextAbove;
  if (above !== undefined) notes.push(`prompts > ${formatTokens(above)}`);
  else {
    const bands = tokenPrices.filter((price) => price.dimension === dimension && price.contextAbove !== undefined && price.contextAbove >= workload.inputTokens);
    const lowest = Math.min(...bands.map((price) => price.contextAbove!));
    if (bands.length > 0) notes.push(`prompts ≤ ${formatTokens(lowest)}`);
  }
  if (picked.price.tier === "promo") notes.push(picked.price.validUntil ? `promotion until ${picked.price.validUntil}` : "promotion");
  if (picked.factor !== undefined) notes.push(`standard ${formatUsd(picked.price.usdPer1M!)}/1M × ${formatNumber(picked.factor)}`);
  if (picked.note) notes.push(picked.note);
  return `${label} ${formatUsd(picked.usdPer1M)}/1M${notes.length > 0 ? ` (${notes.join(", ")})` : ""}`;
}

function formatTokens(tokens: number): string {
  if (tokens % 1_000_000 === 0) return `${tokens / 1_000_000}M`;
  if (tokens % 1_000 === 0) return `${tokens / 1_000}K`;
  return tokens.toLocaleString("en-US");
}

/** "$5", "$37.50", "$0.075": whole dollars bare, cents when there are any, more digits when needed. */
function formatUsd(value: number): string {
  const clean = Number(value.toPrecision(12));
  if (Number.isInteger(clean)) return `$${clean}`;
  let decimals = 2;
  while (decimals < 12 && Math.abs(Number(clean.toFixed(decimals)) - clean) > 1e-9 * Math.abs(clean)) decimals++;
  return `$${clean.toFixed(decimals)}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Plain digits without float noise: 0.5 -> "0.5", 37.5 -> "37.5", 0.1 + 0.2 -> "0.3". */
function formatNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}
