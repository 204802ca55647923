// Finds a unit stated anywhere in a label or sentence ("Price (/1M tokens)", "Prices per 1M tokens.", "($/image)").
import { parseUnit, type ParsedUnit } from "./parse-unit";

export function findUnit(text: string): ParsedUnit | null {
  const re = /\/|\bper\b|单位|百万|千/gi;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
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
  if (/\bMTok\b/.test(text)) return { unit: "1M tokens", length: 0, words: "", subscription: false };
  return null;
}
