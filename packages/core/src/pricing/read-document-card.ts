// The price card of a document as a user hands it over (a saved page, a markdown export, a text capture,
// a registry's JSON or YAML): the one path `ratecard extract` / `diff`, the scorecard and the tests share.
import { detectBotChallenge } from "../page/detect-bot-challenge";
import { normalizePageText } from "../page/normalize-page-text";
import { readPriceCard } from "./read-price-card";
import type { PriceCard } from "./types";

export interface DocumentCard {
  card: PriceCard;
  /** The readable text the card was read from (what snapshots store). */
  text: string;
}

export function readDocumentCard(input: { body: string; contentType: string | null; provider?: string | null; now?: Date }): DocumentCard {
  const provider = input.provider ?? null;
  // A saved challenge page has no status or headers: its content alone has to say so, before the
  // markup that carries the evidence is normalised away.
  const challenge = detectBotChallenge({ status: null, headers: input.contentType ? { "content-type": input.contentType } : {}, body: input.body });
  if (challenge.blocked) {
    return { card: { provider, status: "blocked", prices: [], limits: [], modifiers: [], warnings: [challenge.reason] }, text: "" };
  }
  const text = normalizePageText({ body: input.body, contentType: input.contentType });
  return { card: readPriceCard({ kind: "page", text, provider, ...(input.now ? { now: input.now } : {}) }), text };
}
