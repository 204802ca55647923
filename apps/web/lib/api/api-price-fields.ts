// The fields every price in the API has, whether current (/prices) or historical (/price-history).
import type { CurrentPriceRow } from "@ratecard/db";
import { toDay, toNumber } from "./api-values";

type Decimalish = { toString(): string } | string;

/** A current price row or a stored price point: the same columns, decimals as text or as Prisma decimals. */
export type PriceFieldsInput = Pick<
  CurrentPriceRow,
  "id" | "provider" | "model" | "dimension" | "tier" | "contextAbove" | "cacheTtl" | "unit" | "currency" | "validFrom" | "validUntil"
> & { amount: Decimalish; usdPer1M: Decimalish | null };

export function toApiPriceFields(point: PriceFieldsInput) {
  return {
    id: point.id,
    provider: point.provider,
    model: point.model,
    dimension: point.dimension,
    tier: point.tier,
    contextAbove: point.contextAbove,
    cacheTtl: point.cacheTtl,
    amount: toNumber(point.amount),
    unit: point.unit,
    currency: point.currency,
    usdPer1M: toNumber(point.usdPer1M),
    validFrom: toDay(point.validFrom),
    validUntil: toDay(point.validUntil),
  };
}
