import { normalizePageText, readPriceCard, validateRegistry, type PriceCard } from "@ratecard/core";
import { UserError } from "../user-error";
import type { Input } from "./read-input";

/**
 * The price card and readable text of an `extract`/`diff` argument; JSON registries are recognised by
 * shape. JSON that does not parse (a truncated download) is an error naming the file, not an empty card.
 */
export function readCard(input: Input, provider: string | null): { card: PriceCard; text: string } {
  if (input.blocked) {
    return { card: { provider, status: "blocked", prices: [], limits: [], modifiers: [], warnings: [input.blocked] }, text: "" };
  }
  const text = normalizePageText({ body: input.body, contentType: input.contentType });
  let kind: "page" | "registry" = "page";
  if (/json/i.test(input.contentType ?? "") || /^\s*[{[]/.test(input.body)) {
    const checked = validateRegistry(input.body, input.name);
    if (checked.ok) kind = "registry";
    else if (checked.problem === "not-json") throw new UserError(checked.error);
  }
  return { card: readPriceCard({ kind, text, provider }), text };
}
