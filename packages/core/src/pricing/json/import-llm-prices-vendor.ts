// Reads an llm-prices vendor file (`{ vendor, models: [{ id, name, price_history: [{ input, output,
// input_cached, from_date, to_date }] }] }`, USD per 1M tokens): the entry in force is the one
// without an end date; long-context entries carry their band in the name ("Gemini 2.5 Pro >200k").
import { parseModelName } from "../models/parse-model-name";
import { buildRegistryCard } from "../registries/build-registry-card";
import { makeRegistryPrice } from "../registries/make-registry-price";
import { tallyWarning } from "../registries/tally-warning";
import type { Price, PriceCard, PriceDimension } from "../types";
import { isJsonRecord } from "./is-json-record";

const FIELDS: Record<string, PriceDimension> = { input: "input", output: "output", input_cached: "cache_read" };


export function isLlmPricesVendor(json: unknown): boolean {
  return isJsonRecord(json) && typeof json.vendor === "string" && Array.isArray(json.models)
    && json.models.some((m) => isJsonRecord(m) && Array.isArray(m.price_history));
}

export function importLlmPricesVendor(json: Record<string, unknown>): PriceCard {
  const prices: Price[] = [];
  const tally = new Map<string, number>();
  for (const model of json.models as unknown[]) {
    if (!isJsonRecord(model) || !Array.isArray(model.price_history)) continue;
    const label = typeof model.name === "string" ? model.name : typeof model.id === "string" ? model.id : null;
    if (label === null) continue;
    const named = parseModelName(label);
    const current = model.price_history.filter(isJsonRecord).find((entry) => entry.to_date === null || entry.to_date === undefined);
    if (!current) continue;
    for (const [field, dimension] of Object.entries(FIELDS)) {
      const value = current[field];
      if (typeof value !== "number" && typeof value !== "string") continue;
      try {
        prices.push(makeRegistryPrice({
          model: named.name, dimension, value, basis: "1M tokens",
          ...(named.contextAbove !== undefined ? { contextAbove: named.contextAbove } : {}),
          evidence: `${String(model.id ?? label)}: ${field} ${String(value)} USD/1M tokens`,
        }));
      } catch {
        tallyWarning(tally, "price is not a non-negative number");
      }
    }
  }
  return buildRegistryCard(String(json.vendor), prices, tally);
}
