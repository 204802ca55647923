import { normalizePageText } from "@ratecard/core";
import type { Env } from "../env";
import { readInput } from "./read-input";

/** `ratecard extract FILE|URL`: the page's price card (the page's readable text until price extraction lands). */
export async function extract(env: Env, ref: string, options: { provider?: string; json?: boolean }): Promise<void> {
  const input = await readInput(env, ref);
  const text = input.blocked ? "" : normalizePageText({ body: input.body, contentType: input.contentType });
  const card = {
    provider: options.provider ?? null,
    status: input.blocked ? "blocked" : text.trim() === "" ? "empty" : "ok",
    prices: [],
    limits: [],
    modifiers: [],
    warnings: input.blocked ? [input.blocked] : ["price extraction is not available yet: the card lists no prices"],
    text,
  };
  if (options.json) console.log(JSON.stringify(card, null, 2));
  else console.log(input.blocked ? `blocked: ${input.blocked}` : text);
}
