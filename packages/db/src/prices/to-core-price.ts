import type { Price } from "@ratecard/core";
import type { PricePoint } from "../generated/prisma/client";

/** A stored price point back in the price card's shape, for the pure cost and comparison code. */
export function toCorePrice(row: PricePoint): Price {
  const qualifiers = (row.qualifiers ?? {}) as Record<string, string>;
  const { contextUpTo, ...rest } = qualifiers;
  return {
    model: row.model,
    provider: row.provider,
    dimension: row.dimension,
    tier: row.tier,
    ...(row.contextAbove !== null ? { contextAbove: row.contextAbove } : {}),
    ...(contextUpTo !== undefined ? { contextUpTo: Number(contextUpTo) } : {}),
    ...(row.cacheTtl ? { cacheTtl: row.cacheTtl } : {}),
    validFrom: row.validFrom ? row.validFrom.toISOString().slice(0, 10) : null,
    validUntil: row.validUntil ? row.validUntil.toISOString().slice(0, 10) : null,
    ...(Object.keys(rest).length > 0 ? { qualifiers: rest } : {}),
    amount: Number(row.amount),
    unit: row.unit,
    currency: row.currency,
    ...(row.usdPer1M !== null ? { usdPer1M: Number(row.usdPer1M) } : {}),
    evidence: row.evidence,
  };
}
