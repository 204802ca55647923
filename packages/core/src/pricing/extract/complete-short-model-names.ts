// A page that names its models in full once ("Claude Opus 4.6") often shortens them in later tables
// ("Opus 4.6" in the batch table): a short name is the one full name on the page it ends with.
import type { Price } from "../types";

/**
 * Renames each price whose model is a versioned name that exactly one other model on the card ends
 * with, after whole words ("Opus 4.6" -> "Claude Opus 4.6"). Two candidates ("Opus 4" under both
 * "Claude Opus 4" and "Acme Opus 4") leave the name as written.
 */
export function completeShortModelNames(prices: Price[]): Price[] {
  const names = [...new Set(prices.map((p) => p.model))];
  const byLower = names.map((name) => ({ name, lower: name.toLowerCase() }));
  const full = new Map<string, string>();
  for (const { name, lower } of byLower) {
    if (!/\d/.test(name) || !/\p{L}{2}/u.test(name)) continue;
    const longer = byLower.filter((o) => o.lower.length > lower.length && o.lower.endsWith(` ${lower}`) && /^\S+$/.test(o.lower.slice(0, -lower.length - 1)));
    if (longer.length === 1) full.set(name, longer[0]!.name);
  }
  if (full.size === 0) return prices;
  return prices.map((p) => {
    const name = full.get(p.model);
    return name === undefined ? p : { ...p, model: name };
  });
}
