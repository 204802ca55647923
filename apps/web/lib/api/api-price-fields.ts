// The fields every price in the API has, whether current (/prices) or historical (/price-history).
import { toDay, toNumber } from "./api-values";

type Decimalish = { toString(): string } | string;

export interface PriceFieldsInput {
  id: string;
  provider: string;
  model: string;
  dimension: string;
  tier: string;
  contextAbove: number | null;
  cacheTtl: string | null;
  amount: Decimalish;
  unit: string;
  currency: string;
  usdPer1M: Decimalish | null;
  validFrom: Date | null;
  validUntil: Date | null;
  evidence: string;
}

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
