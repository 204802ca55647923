// The cost of one workload on every known model, cheapest first (`ratecard cost`).
import { modelNameKey } from "../diff/events/price-identity";
import { cleanModelName } from "../pricing/models/clean-model-name";
import type { Price } from "../pricing/types";
import { forecastMonthlyCost } from "./forecast-cost";
import { priceTask } from "./price-task";
import { roundCost } from "./round-cost";
import type { CostCard, CostRanking, CostRow, Workload } from "./types";

const DEFAULT_VOLUMES = [1_000, 1_000_000];

/**
 * Prices the workload on each model of each card. Rows are sorted by monthly cost at the lowest
 * volume; `cheapestAt` names the cheapest model at every volume. Volume discounts are not modelled.
 */
export function rankWorkloadCost(cards: CostCard[], workload: Workload): CostRanking {
  checkWorkload(workload);
  const volumes = workload.requestsPerMonth !== undefined
    ? [workload.requestsPerMonth]
    : [...new Set(workload.volumes ?? DEFAULT_VOLUMES)].sort((a, b) => a - b);

  const rows: CostRow[] = [];
  const skipped: CostRanking["skipped"] = [];
  for (const card of cards) {
    for (const model of groupModels(card)) {
      const cost = priceTask(model.prices, workload, card.modifiers);
      if (!cost.ok) {
        skipped.push({ provider: model.provider, model: model.name, reason: cost.reason });
        continue;
      }
      const row: CostRow = {
        provider: model.provider,
        model: model.name,
        ...(model.provider.toLowerCase() !== card.provider.toLowerCase() ? { source: card.provider } : {}),
        perTask: roundCost(cost.perTask, 6),
        perTaskUnrounded: cost.perTask,
        fixedMonthly: cost.fixedMonthly,
        monthly: [],
        basis: cost.basis,
      };
      row.monthly = forecastMonthlyCost(row, volumes);
      rows.push(row);
    }
  }

  const lowest = volumes[0] ?? 0;
  const monthlyAt = (row: CostRow, volume: number): number => row.fixedMonthly + row.perTaskUnrounded * volume;
  rows.sort(
    (a, b) =>
      monthlyAt(a, lowest) - monthlyAt(b, lowest)
      || a.perTaskUnrounded - b.perTaskUnrounded
      || compareText(a.provider, b.provider)
      || compareText(a.model, b.model)
      || compareText(a.source ?? "", b.source ?? ""),
  );
  const cheapestAt: CostRanking["cheapestAt"] = [];
  volumes.forEach((volume, index) => {
    // The first row wins ties, so ties follow the ranking's order.
    const cheapest = rows.reduce<CostRow | undefined>((best, row) => (!best || monthlyAt(row, volume) < monthlyAt(best, volume) ? row : best), undefined);
    if (cheapest) cheapestAt.push({ volume, provider: cheapest.provider, model: cheapest.model, monthly: cheapest.monthly[index]!.cost });
  });
  skipped.sort((a, b) => compareText(a.provider, b.provider) || compareText(a.model, b.model) || compareText(a.reason, b.reason));
  return { rows, cheapestAt, skipped };
}

/** A card's prices per model: by the price's own provider (registries) and the formatting-insensitive name. */
function groupModels(card: CostCard): { provider: string; name: string; prices: Price[] }[] {
  const models = new Map<string, { provider: string; name: string; prices: Price[] }>();
  for (const price of card.prices) {
    const provider = price.provider?.trim() || card.provider;
    const key = `${provider.toLowerCase()}\u0000${modelNameKey(price.model)}`;
    const model = models.get(key) ?? { provider, name: cleanModelName(price.model), prices: [] };
    model.prices.push(price);
    models.set(key, model);
  }
  return [...models.values()];
}

function checkWorkload(workload: Workload): void {
  const count = (name: string, value: number | undefined): void => {
    if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
      throw new RangeError(`workload ${name} must be a non-negative number, got ${value}`);
    }
  };
  count("inputTokens", workload.inputTokens);
  count("outputTokens", workload.outputTokens);
  count("requestsPerMonth", workload.requestsPerMonth);
  for (const volume of workload.volumes ?? []) count("volumes entry", volume);
  const share = workload.cachedShare;
  if (share !== undefined && !(share >= 0 && share <= 1)) {
    throw new RangeError(`workload cachedShare must be between 0 and 1 (the share of input read from cache), got ${share}`);
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
