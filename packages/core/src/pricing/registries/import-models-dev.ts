// Reads models.dev, either its published api.json or the repository's providers/*/models/*.toml files.
import { parse } from "smol-toml";
import type { Price, PriceCard } from "../types";
import { buildRegistryCard } from "./build-registry-card";
import { readModelsDevModel } from "./read-models-dev-model";
import { tallyWarning } from "./tally-warning";
import { isJsonRecord } from "../json/is-json-record";


/**
 * https://models.dev/api.json → a card with provider "models.dev": one price per cost field,
 * USD per 1M tokens as published; context_over_200k → contextAbove 200000.
 * Throws only when the document is not an object.
 */
export function importModelsDevApi(json: unknown): PriceCard {
  if (!isJsonRecord(json)) {
    throw new Error("models.dev api.json must be a JSON object keyed by provider id (the body of https://models.dev/api.json)");
  }
  const prices: Price[] = [];
  const tally = new Map<string, number>();
  for (const [providerKey, provider] of Object.entries(json)) {
    if (!isJsonRecord(provider) || !isJsonRecord(provider.models)) {
      tallyWarning(tally, "provider skipped: not an object with a models map");
      continue;
    }
    const providerId = typeof provider.id === "string" && provider.id.trim() !== "" ? provider.id : providerKey;
    for (const [modelKey, model] of Object.entries(provider.models)) {
      if (!isJsonRecord(model)) {
        tallyWarning(tally, "model skipped: not an object");
        continue;
      }
      const modelId = typeof model.id === "string" && model.id.trim() !== "" ? model.id : modelKey;
      readModelsDevModel(providerId, modelId, model, prices, tally);
    }
  }
  return buildRegistryCard("models.dev", prices, tally);
}

// providers/<provider>/models/<model id, which may contain "/">.toml
const MODEL_PATH = /(?:^|\/)providers\/([^/]+)\/models\/(.+)\.toml$/;

/**
 * The models.dev repository's TOML files → the same price points as importModelsDevApi.
 * The provider and model id come from each file's path; provider.toml files and other
 * non-model files are ignored. A file that is not valid TOML is skipped with a warning.
 */
export function importModelsDevToml(files: { path: string; text: string }[]): PriceCard {
  const prices: Price[] = [];
  const tally = new Map<string, number>();
  for (const file of files) {
    const path = file.path.replace(/\\/g, "/");
    const match = MODEL_PATH.exec(path);
    if (match?.[1] === undefined || match[2] === undefined) {
      if (path.endsWith(".toml") && !path.endsWith("/provider.toml") && path !== "provider.toml") {
        tallyWarning(tally, "file skipped: path is not providers/<provider>/models/<model>.toml");
      }
      continue;
    }
    let model: Record<string, unknown>;
    try {
      model = parse(file.text);
    } catch {
      tallyWarning(tally, "file skipped: not valid TOML");
      continue;
    }
    readModelsDevModel(match[1], match[2], model, prices, tally);
  }
  return buildRegistryCard("models.dev", prices, tally);
}
