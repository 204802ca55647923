import { detectRegistryFormat, normalizePageText, readPriceCard, type PriceCard } from "@ratecard/core";
import type { Input } from "./read-input";

/** The price card and readable text of an `extract`/`diff` argument; JSON registries are recognised by shape. */
export function readCard(input: Input, provider: string | null): { card: PriceCard; text: string } {
  if (input.blocked) {
    return { card: { provider, status: "blocked", prices: [], limits: [], modifiers: [], warnings: [input.blocked] }, text: "" };
  }
  const text = normalizePageText({ body: input.body, contentType: input.contentType });
  return { card: readPriceCard({ kind: isRegistry(text) ? "registry" : "page", text, provider }), text };
}

function isRegistry(text: string): boolean {
  if (!/^\s*[{[]/.test(text)) return false;
  try {
    return detectRegistryFormat(JSON.parse(text)) !== null;
  } catch {
    return false;
  }
}
