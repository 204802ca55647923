// Keeps the first of identical prices a page repeats (a summary and a detailed table); keeps both of conflicting ones.
import type { Price } from "../types";

function priceKey(p: Price): string {
  const q = p.qualifiers ? Object.entries(p.qualifiers).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v.toLowerCase()}`).join(",") : "";
  return [p.model.toLowerCase().replace(/\s+/g, " "), p.modelId ?? "", p.dimension, p.tier, p.contextAbove ?? "", p.contextUpTo ?? "", p.cacheTtl ?? "",
    p.validFrom ?? "", p.validUntil ?? "", q, p.unit, p.currency].join("|");
}

export function dedupePrices(prices: Price[]): { prices: Price[]; warnings: string[] } {
  const byKey = new Map<string, Price[]>();
  const out: Price[] = [];
  const warnings: string[] = [];
  for (const price of prices) {
    const key = priceKey(price);
    const same = byKey.get(key);
    if (same === undefined) {
      byKey.set(key, [price]);
      out.push(price);
      continue;
    }
    if (same.some((p) => p.amount === price.amount)) continue;
    same.push(price);
    out.push(price);
    const label = [price.model, price.dimension, price.tier, price.contextAbove ? `>${price.contextAbove}` : "", price.cacheTtl ?? ""].filter(Boolean).join(" ");
    warnings.push(`conflicting prices for ${label}: ${same.map((p) => `${p.amount} ${p.currency}/${p.unit}`).join(" vs ")} ("${price.evidence.slice(0, 80)}")`);
  }
  return { prices: out, warnings };
}
