// The volumes at which the cheapest model changes.
import type { CostCrossover, CostRanking } from "./types";
import { roundCost } from "./round-cost";

/**
 * Each model's monthly cost is a line: fixed fee + per-task cost × volume. The cheapest model changes
 * only where a line with a lower per-task cost overtakes one with a lower fixed fee; with pure
 * per-token (and per-request) pricing every line starts at 0 and the cheapest never changes.
 * Walks the lower envelope from volume 0; volumes are break-even points rounded to 2 decimals.
 */
export function crossoverVolumes(ranking: Pick<CostRanking, "rows">): CostCrossover[] {
  const lines = ranking.rows.map((row) => ({ row, fixed: row.fixedMonthly, slope: row.perTaskUnrounded }));
  let current = [...lines].sort((a, b) => a.fixed - b.fixed || a.slope - b.slope)[0];
  const crossovers: CostCrossover[] = [];
  let volume = 0;
  while (current) {
    const from = current;
    let next: { line: (typeof lines)[number]; at: number } | undefined;
    for (const line of lines) {
      if (line.slope >= from.slope) continue;
      const at = (line.fixed - from.fixed) / (from.slope - line.slope);
      if (at < volume) continue;
      if (!next || at < next.at || (at === next.at && line.slope < next.line.slope)) next = { line, at };
    }
    if (!next) break;
    crossovers.push({
      volume: roundCost(next.at, 2),
      from: { provider: from.row.provider, model: from.row.model },
      to: { provider: next.line.row.provider, model: next.line.row.model },
    });
    volume = next.at;
    current = next.line;
  }
  return crossovers;
}
