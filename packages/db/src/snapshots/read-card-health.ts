/** Why a "degraded" card is degraded, as the analysis stores it on the snapshot (core's CardHealth). */
export interface StoredCardHealth {
  lostPrices: number;
  previousPrices: number;
  lostModels: string[];
}

/** The stored JSON read defensively: null when absent or not of that shape. */
export function readCardHealth(value: unknown): StoredCardHealth | null {
  if (!value || typeof value !== "object") return null;
  const { lostPrices, previousPrices, lostModels } = value as Record<string, unknown>;
  if (typeof lostPrices !== "number" || typeof previousPrices !== "number" || !Array.isArray(lostModels)) return null;
  return { lostPrices, previousPrices, lostModels: lostModels.filter((m): m is string => typeof m === "string") };
}
