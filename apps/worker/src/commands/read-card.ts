import type { PriceCard } from "@ratecard/core";
import { readDocumentCard } from "@ratecard/core";
import type { Input } from "./read-input";

/** The price card and readable text of an `extract`/`diff` argument (core's readDocumentCard). */
export function readCard(input: Input, provider: string | null): { card: PriceCard; text: string } {
  if (input.blocked) {
    return { card: { provider, status: "blocked", prices: [], limits: [], modifiers: [], warnings: [input.blocked] }, text: "" };
  }
  return readDocumentCard({ body: input.body, contentType: input.contentType, provider });
}
