// Reads a Portkey-AI/models cost map (`pricing/<provider>.json`): per model a `pricing_config` whose
// `pay_as_you_go` rates are US cents per token (Portkey's README: "Prices are in cents per token"),
// with `batch_config` for batch prices. The `default` entry is a template, not a model.
import { buildRegistryCard } from "../registries/build-registry-card";
import { makeRegistryPrice } from "../registries/make-registry-price";
import { tallyWarning } from "../registries/tally-warning";
import type { Price, PriceCard, PriceDimension } from "../types";
import { isJsonRecord } from "./is-json-record";

const RATES: Record<string, PriceDimension> = {
  request_token: "input",
  response_token: "output",
  cache_read_input_token: "cache_read",
  cache_write_input_token: "cache_write",
  request_audio_token: "audio_input",
  response_audio_token: "audio_output",
  cache_read_audio_input_token: "audio_cache_read",
};


export function isPortkeyPricing(json: unknown): boolean {
  if (!isJsonRecord(json)) return false;
  const entries = Object.values(json).filter(isJsonRecord);
  return entries.length > 0 && entries.some((e) => isJsonRecord(e.pricing_config) && isJsonRecord((e.pricing_config as Record<string, unknown>).pay_as_you_go));
}

export function importPortkeyPricing(json: Record<string, unknown>, provider: string | null): PriceCard {
  const prices: Price[] = [];
  const tally = new Map<string, number>();
  for (const [model, entry] of Object.entries(json)) {
    if (model === "default" || !isJsonRecord(entry) || !isJsonRecord(entry.pricing_config)) continue;
    const config = entry.pricing_config;
    const plans: [string, unknown][] = [["standard", config.pay_as_you_go], ["batch", config.batch_config]];
    for (const [tier, plan] of plans) {
      if (!isJsonRecord(plan)) continue;
      for (const [rate, value] of Object.entries(plan)) {
        const dimension = RATES[rate];
        const price = isJsonRecord(value) ? value.price : undefined;
        if (dimension === undefined || (typeof price !== "number" && typeof price !== "string")) continue;
        try {
          prices.push(makeRegistryPrice({ model, dimension, tier, value: price, basis: "cent per token", evidence: `${model}: ${rate} ${String(price)} cents/token` }));
        } catch {
          tallyWarning(tally, "price is not a non-negative number");
        }
      }
    }
  }
  const card = buildRegistryCard(provider ?? "portkey", prices, tally);
  return card;
}
