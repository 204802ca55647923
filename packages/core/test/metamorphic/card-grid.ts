// The part of a price card a pricing table can state: one row per model, one column per dimension, a
// USD-per-1M-tokens figure in each cell. Restricted (deliberately) to standard-tier token prices of the
// dimensions every pricing table shows (input, output, cache read) without a context band or cache TTL:
// tiers, context bands, per-request, per-image and modality prices are left out of the rendered page and
// counted as not carried, so each test reports how much of the card a layout carried.
import { parseModelName } from "../../src/pricing/models/parse-model-name";
import type { Price, PriceCard } from "../../src/pricing/types";

export const gridDimensions = ["input", "output", "cache_read"] as const;
export type GridDimension = (typeof gridDimensions)[number];

export interface CardGrid {
  models: string[];
  dimensions: GridDimension[];
  /** cells[model][dimension] = the figure as written, e.g. "1.60". */
  cells: Map<string, Map<GridDimension, string>>;
}

function expressible(p: Price): p is Price & { usdPer1M: number } {
  return p.tier === "standard" && p.usdPer1M !== undefined && p.contextAbove === undefined && p.cacheTtl === undefined
    && p.validFrom == null && p.validUntil == null && (gridDimensions as readonly string[]).includes(p.dimension)
    && /^[A-Za-z0-9][\w .:/-]*$/.test(p.model) && isPlainModelName(p.model);
}

/** A name the model-name grammar takes as it stands (no qualifier, not refused as a bare size like "100b"). */
function isPlainModelName(model: string): boolean {
  const parsed = parseModelName(model);
  return !parsed.rejected && parsed.name === model;
}

export function cardGrid(card: PriceCard): CardGrid {
  const cells = new Map<string, Map<GridDimension, string>>();
  for (const p of card.prices.filter(expressible)) {
    const row = cells.get(p.model) ?? new Map<GridDimension, string>();
    if (!row.has(p.dimension as GridDimension)) row.set(p.dimension as GridDimension, String(p.usdPer1M));
    cells.set(p.model, row);
  }
  const dimensions = gridDimensions.filter((d) => [...cells.values()].some((row) => row.has(d)));
  return { models: [...cells.keys()], dimensions, cells };
}

export function gridPriceCount(grid: CardGrid): number {
  return [...grid.cells.values()].reduce((n, row) => n + row.size, 0);
}
