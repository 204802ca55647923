import { readDocumentCard, validateRegistry, type PriceCard } from "@ratecard/core";
import { UserError } from "../user-error";
import type { Input } from "./read-input";

/**
 * The price card and readable text of an `extract`/`diff` argument (core's readDocumentCard). JSON that
 * does not parse (a truncated download) is an error naming the file, not an empty card.
 */
export function readCard(input: Input, provider: string | null): { card: PriceCard; text: string } {
  if (input.blocked) {
    return { card: { provider, status: "blocked", prices: [], limits: [], modifiers: [], warnings: [input.blocked] }, text: "" };
  }
  if (/json/i.test(input.contentType ?? "") || /^\s*[{[]/.test(input.body)) {
    const checked = validateRegistry(input.body, input.name);
    if (!checked.ok && checked.problem === "not-json") throw new UserError(checked.error);
  }
  return readDocumentCard({ body: input.body, contentType: input.contentType, provider });
}
