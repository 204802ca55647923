// Maps one models.dev model (from api.json or a TOML file: the same shape) to price points.
import { normalizeProvider } from "../models/normalize-provider";
import type { Price, PriceDimension, PriceTier } from "../types";
import { makeRegistryPrice } from "./make-registry-price";
import { tallyWarning } from "./tally-warning";
import { isJsonRecord } from "../json/is-json-record";

// models.dev costs are USD per 1M tokens.
const COST_FIELDS: Record<string, PriceDimension> = {
  input: "input",
  output: "output",
  cache_read: "cache_read",
  cache_write: "cache_write",
  reasoning: "reasoning",
  input_audio: "audio_input",
  output_audio: "audio_output",
};


interface CostContext {
  provider: string;
  modelId: string;
  model: string;
  tier: PriceTier;
  contextAbove?: number;
  qualifiers: Record<string, string>;
}

function readCost(
  context: CostContext,
  cost: Record<string, unknown>,
  path: string,
  prices: Price[],
  tally: Map<string, number>,
): void {
  for (const [field, value] of Object.entries(cost)) {
    const dimension = COST_FIELDS[field];
    if (dimension !== undefined) {
      if (typeof value !== "number" && typeof value !== "string") {
        tallyWarning(tally, `${path}.${field} skipped: not a number`);
        continue;
      }
      try {
        prices.push(
          makeRegistryPrice({
            provider: context.provider,
            model: context.model,
            dimension,
            tier: context.tier,
            ...(context.contextAbove !== undefined && { contextAbove: context.contextAbove }),
            qualifiers: context.qualifiers,
            value,
            basis: "1M tokens",
            evidence: `${context.provider}/${context.modelId} ${path}.${field}=${String(value)}`,
          }),
        );
      } catch {
        tallyWarning(tally, `${path}.${field} skipped: not a non-negative number`);
      }
      continue;
    }
    const over = /^context_over_(\d+)k$/.exec(field);
    if (over?.[1] !== undefined && isJsonRecord(value) && context.contextAbove === undefined) {
      const contextAbove = Number(over[1]) * 1000;
      readCost({ ...context, contextAbove }, value, `${path}.${field}`, prices, tally);
      continue;
    }
    if (field === "tiers" && Array.isArray(value) && context.contextAbove === undefined) {
      value.forEach((tier: unknown, index) => {
        // [[cost.tiers]] tier = { size = 272_000 }: prices for prompts above `size` tokens.
        const size = isJsonRecord(tier) && isJsonRecord(tier.tier) ? tier.tier.size : undefined;
        if (!isJsonRecord(tier) || typeof size !== "number" || !Number.isInteger(size) || size <= 0) {
          tallyWarning(tally, `${path}.tiers entry skipped: no tier.size`);
          return;
        }
        const { tier: _tier, ...rest } = tier;
        readCost({ ...context, contextAbove: size }, rest, `${path}.tiers[${index}]`, prices, tally);
      });
      continue;
    }
    tallyWarning(tally, `${path}.${field} skipped: unrecognised cost field`);
  }
}

/**
 * Reads `cost` (with its context_over_<n>k table and [[cost.tiers]]) and
 * `experimental.modes.<mode>.cost` into price points. A mode's tier is the service_tier it
 * sends when it names one (OpenAI "priority"), otherwise the mode's name (Anthropic "fast").
 * Model = `name` (or the id), with qualifiers { id } so aliases that share a name stay apart.
 */
export function readModelsDevModel(
  providerId: string,
  modelId: string,
  model: Record<string, unknown>,
  prices: Price[],
  tally: Map<string, number>,
): void {
  const name = typeof model.name === "string" && model.name.trim() !== "" ? model.name.trim() : modelId;
  const context: CostContext = {
    provider: normalizeProvider(providerId),
    modelId,
    model: name,
    tier: "standard",
    qualifiers: { id: modelId },
  };
  if (model.cost === undefined) {
    tallyWarning(tally, "model has no cost: no prices");
  } else if (isJsonRecord(model.cost)) {
    readCost(context, model.cost, "cost", prices, tally);
  } else {
    tallyWarning(tally, "cost skipped: not a table");
  }
  const modes = isJsonRecord(model.experimental) ? model.experimental.modes : undefined;
  if (!isJsonRecord(modes)) return;
  for (const [modeName, mode] of Object.entries(modes)) {
    if (!isJsonRecord(mode) || !isJsonRecord(mode.cost)) continue;
    const body = isJsonRecord(mode.provider) && isJsonRecord(mode.provider.body) ? mode.provider.body : {};
    const tier = typeof body.service_tier === "string" ? body.service_tier : modeName;
    readCost(
      { ...context, tier, qualifiers: { id: modelId, mode: modeName } },
      mode.cost,
      `experimental.modes.${modeName}.cost`,
      prices,
      tally,
    );
  }
}
