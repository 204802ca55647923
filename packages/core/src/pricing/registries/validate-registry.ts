// A registry is checked before it becomes a snapshot: a truncated download or an error page served as
// JSON is a failed check naming the problem, not a "changed" snapshot without prices.
import { parseJsonDocument } from "../../page/parse-json-document";
import { detectRegistryFormat, readPriceCard, type RegistryFormat } from "../read-price-card";

/** `problem` tells a text that is not JSON at all from JSON of another shape. */
export type ValidateRegistryResult = { ok: true; format: RegistryFormat | "price-listing" } | { ok: false; problem: "not-json" | "not-a-registry"; error: string };

/** `label` names the registry in the message (a file name or URL). */
export function validateRegistry(text: string, label: string): ValidateRegistryResult {
  let json: unknown;
  try {
    json = parseJsonDocument(text);
  } catch (error) {
    // V8 quotes the text around the problem, newlines included: one line. When the text simply ends, it
    // does not say where; that is its length (a truncated download).
    const why = (error as Error).message.replace(/\s+/g, " ").trim();
    const where = /^Unexpected end of JSON input$/.test(why) ? ` at position ${text.length}` : "";
    return { ok: false, problem: "not-json", error: `${label} is not valid JSON: ${why}${where}` };
  }
  const format = detectRegistryFormat(json);
  // Other listings (an envelope around a known response, Portkey, llm-prices, a provider's model list)
  // count when the generic readers find token prices in them.
  if (format === null && readPriceCard({ kind: "registry", text }).prices.length > 0) return { ok: true, format: "price-listing" };
  if (format === null) {
    return {
      ok: false,
      problem: "not-a-registry",
      error: `${label} is not a registry ratecard reads: expected LiteLLM's price list, OpenRouter's /api/v1/models, models.dev's api.json or a listing with price fields`,
    };
  }
  return { ok: true, format };
}
