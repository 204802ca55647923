// The price card of a source's content: pages go through the extractor, registries through the
// importer that recognises their JSON shape.
import { opensAsJson, parseJsonDocument } from "../page/parse-json-document";
import { extractPriceCard } from "./extract-price-card";
import { importLlmPricesVendor, isLlmPricesVendor } from "./json/import-llm-prices-vendor";
import { importPortkeyPricing, isPortkeyPricing } from "./json/import-portkey-pricing";
import { readJsonPriceRecords } from "./json/read-json-price-records";
import { unwrapJsonEnvelope } from "./json/unwrap-json-envelope";
import { importLitellmPrices, importModelsDevApi, importOpenrouterModels } from "./registries";
import type { PriceCard } from "./types";

export type RegistryFormat = "litellm" | "openrouter" | "models.dev";

/** A page whose text is a JSON document (a price list served as JSON or YAML) is read as the listing it is. */
export function readPriceCard(input: { kind: "page" | "registry"; text: string; provider?: string | null; now?: Date }): PriceCard {
  // Parsed once; a page only when it opens like JSON, so prose pages are not parsed at all.
  const parsed = input.kind === "registry" || opensAsJson(input.text) ? parseJson(input.text) : null;
  if (input.kind === "page" && (parsed === null || "error" in parsed)) {
    return extractPriceCard({ text: input.text, provider: input.provider ?? null, ...(input.now ? { now: input.now } : {}) });
  }
  if (parsed === null || "error" in parsed) return emptyCard(input.provider ?? null, "not-pricing", `the registry is not valid JSON: ${parsed?.error ?? "empty"}`);
  const json = parsed.value;
  const provider = input.provider ?? null;
  // The response itself, or inside a scraper's or proxy's envelope ({ fetched_at, url, body }).
  for (const inner of unwrapJsonEnvelope(json)) {
    const known = readKnownRegistry(inner, provider);
    if (known) return known;
  }
  for (const inner of unwrapJsonEnvelope(json)) {
    const generic = readJsonPriceRecords(inner, provider, input.now);
    if (generic) return generic;
  }
  return emptyCard(provider, "not-pricing", "no token prices found in this JSON (known formats: LiteLLM, OpenRouter /api/v1/models, models.dev, Portkey, llm-prices; other listings are read by their price fields)");
}

function readKnownRegistry(json: unknown, provider: string | null): PriceCard | null {
  switch (detectRegistryFormat(json)) {
    case "litellm":
      return importLitellmPrices(json);
    case "openrouter":
      return importOpenrouterModels(json);
    case "models.dev":
      return importModelsDevApi(json);
  }
  if (isPortkeyPricing(json)) return importPortkeyPricing(json as Record<string, unknown>, provider);
  if (isLlmPricesVendor(json)) return importLlmPricesVendor(json as Record<string, unknown>);
  return null;
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

function parseJson(text: string): { value: unknown } | { error: string } {
  try {
    return { value: parseJsonDocument(text) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
