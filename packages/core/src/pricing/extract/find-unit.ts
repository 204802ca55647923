// Finds a unit stated anywhere in a label or sentence ("Price (/1M tokens)", "Prices per 1M tokens.", "($/image)").
import { parseUnit, type ParsedUnit } from "./parse-unit";

const LOCALISED_TOKEN_UNIT = /\b(?:pro|por|par)\s+(1\s*m|1\s*k|1[.,]000[.,]000|1[.,]000|mio\.?|million|mill[oó]n|milh[aã]o|mil)\s*(?:de\s+)?tokens?\b/i;

export function findUnit(text: string): ParsedUnit | null {
  const re = /\/|\bper\b|单位|百万|千|每/gi;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // "价格按每 1M token 计" (Chinese: priced per 1M tokens).
    if (m[0] === "每") {
      const each = /^每\s*(1\s*[mMkK]|百万|千)\s*(?:个\s*)?(?:tokens?|词元)/i.exec(text.slice(m.index));
      if (each) return { unit: /[kK]|千/.test(each[1]!) ? "1K tokens" : "1M tokens", length: each[0].length, words: "", subscription: false };
      continue;
    }
    if (m[0] === "百万") return { unit: "1M tokens", length: 2, words: "", subscription: false };
    if (m[0] === "千") continue;
    if (m[0] === "单位") continue;
    const parsed = parseUnit(text.slice(m.index));
    if (parsed) return parsed;
  }
  // "The prices are based on 1 million tokens", "prices in USD for 1M tokens".
  const quantity = /\b(?:based on|in units of|for)\s+(?=(?:1|one)\s*(?:m\b|million|k\b|thousand)|1,000)/i.exec(text);
  if (quantity) {
    const parsed = parseUnit(`per ${text.slice(quantity.index + quantity[0].length)}`);
    if (parsed && !parsed.subscription) return parsed;
  }
  if (/\bMTok(?:ens?)?\b/.test(text)) return { unit: "1M tokens", length: 0, words: "", subscription: false };
  // "لكل مليون رمز" (Arabic: per million tokens).
  if (/لكل\s+مليون\s+(?:رمز|توكن)/.test(text)) return { unit: "1M tokens", length: 0, words: "", subscription: false };
  // "pro 1M Tokens" (German), "por 1M de tokens" (Spanish, Portuguese), "par million de tokens" (French):
  // only with the noun, so "Pro 2M context" stays a model's name and its window.
  const localised = LOCALISED_TOKEN_UNIT.exec(text);
  if (localised) return { unit: /k$|1[.,]000$|mil$/i.test(localised[1]!.trim()) ? "1K tokens" : "1M tokens", length: 0, words: "", subscription: false };
  return null;
}
