// The price card of a source's content: pages go through the extractor, registries through the
// importer that recognises their JSON shape.
import { extractPriceCard } from "./extract-price-card";
import { importLitellmPrices, importModelsDevApi, importOpenrouterModels } from "./registries";
import type { PriceCard } from "./types";

export type RegistryFormat = "litellm" | "openrouter" | "models.dev";

export function readPriceCard(input: { kind: "page" | "registry"; text: string; provider?: string | null; now?: Date }): PriceCard {
  if (input.kind === "page") return extractPriceCard({ text: input.text, provider: input.provider ?? null, ...(input.now ? { now: input.now } : {}) });
  let json: unknown;
  try {
    json = JSON.parse(input.text);
  } catch (error) {
    return emptyCard(input.provider ?? null, "not-pricing", `the registry is not valid JSON: ${(error as Error).message}`);
  }
  const format = detectRegistryFormat(json);
  switch (format) {
    case "litellm":
      return importLitellmPrices(json);
    case "openrouter":
      return importOpenrouterModels(json);
    case "models.dev":
      return importModelsDevApi(json);
    default:
      return emptyCard(input.provider ?? null, "not-pricing", "unrecognised registry format (expected LiteLLM, OpenRouter /api/v1/models or models.dev api.json)");
  }
}

/** Recognises a registry by its shape, not its URL: mirrors and local copies work too. */
export function detectRegistryFormat(json: unknown): RegistryFormat | null {
  if (!json || typeof json !== "object") return null;
  const record = json as Record<string, unknown>;
  if (Array.isArray(record.data) && record.data.some((m) => m && typeof m === "object" && "pricing" in m)) return "openrouter";
  const values = Object.values(record).filter((v): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v));
  if (values.some((v) => "litellm_provider" in v || "input_cost_per_token" in v)) return "litellm";
  if (values.some((v) => v.models && typeof v.models === "object")) return "models.dev";
  return null;
}

function emptyCard(provider: string | null, status: PriceCard["status"], warning: string): PriceCard {
  return { provider, status, prices: [], limits: [], modifiers: [], warnings: [warning] };
}
