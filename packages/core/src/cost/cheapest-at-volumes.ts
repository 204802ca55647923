// Which model costs least at each monthly volume.
import type { CostRow } from "./types";

export interface CheapestAtVolume {
  volume: number;
  provider: string;
  model: string;
  /** USD per month at this volume, unrounded. */
  cost: number;
}

/** The cheapest row at each volume (fixed fee + unrounded per-task cost × volume); on a tie the earlier row wins. */
export function cheapestAtVolumes(
  rows: readonly Pick<CostRow, "provider" | "model" | "perTaskUnrounded" | "fixedMonthly">[],
  volumes: readonly number[],
): CheapestAtVolume[] {
  if (rows.length === 0) return [];
  return volumes.map((volume) => {
    let best: CheapestAtVolume | undefined;
    for (const row of rows) {
      const cost = row.fixedMonthly + row.perTaskUnrounded * volume;
      if (!best || cost < best.cost) best = { volume, provider: row.provider, model: row.model, cost };
    }
    return best!;
  });
}
