import { rankWorkloadCost, type Workload } from "@ratecard/core";
import { buildCostCards, listCurrentPricePoints } from "@ratecard/db";
import type { Env } from "../env";
import { UserError } from "../user-error";
import { printTable } from "./print-table";
import { withRuntime } from "./with-runtime";

export interface CostOptions {
  input: string;
  output: string;
  cachedShare?: string;
  batch?: boolean;
  requestsPerMonth?: string;
  volumes?: string;
  registries?: boolean;
  provider?: string;
  limit?: string;
  json?: boolean;
}

/** `ratecard cost`: the cost of one task on every model with known prices, cheapest first, at low and high volume. */
export async function cost(env: Env, options: CostOptions): Promise<void> {
  const workload = parseWorkload(options);
  await withRuntime(env, async ({ db }) => {
    const kinds = options.registries ? (["page", "registry"] as const) : (["page"] as const);
    const current = await listCurrentPricePoints(db, { kinds: [...kinds] });
    const cards = buildCostCards(current, options.provider ? { provider: options.provider } : {});
    if (cards.length === 0) {
      throw new UserError("no prices known yet: run `ratecard check --all` first (or add --registries to use registry prices)");
    }
    const ranking = rankWorkloadCost(cards, { ...workload, now: new Date() });
    if (options.json) {
      console.log(JSON.stringify({ workload, ...ranking }, null, 2));
      return;
    }
    const limit = Number(options.limit ?? 25);
    const volumes = ranking.rows[0]?.monthly.map((m) => m.volume) ?? [];
    printTable(
      ["#", "provider", "model", "per task", ...volumes.map((v) => `${v.toLocaleString("en-US")} tasks/mo`)],
      ranking.rows.slice(0, limit).map((row, i) => [i + 1, row.provider, row.model, usd(row.perTask), ...row.monthly.map((m) => usd(m.cost))]),
    );
    if (ranking.rows.length > limit) console.log(`(${ranking.rows.length - limit} more; --limit N or --json for all)`);
    for (const c of ranking.cheapestAt) {
      console.log(`cheapest at ${c.volume.toLocaleString("en-US")} tasks a month: ${c.provider} ${c.model} (${usd(c.monthly)} a month)`);
    }
    if (ranking.skipped.length > 0) console.log(`${ranking.skipped.length} models skipped (missing prices for this workload; --json lists why)`);
  });
}

function parseWorkload(options: CostOptions): Workload {
  const count = (name: string, value: string | undefined, fallback?: number): number => {
    if (value === undefined && fallback !== undefined) return fallback;
    const n = Number(value?.replace(/[_,]/g, ""));
    if (!Number.isFinite(n) || n < 0) throw new UserError(`--${name} must be a number of tokens or tasks, got '${value}'`);
    return n;
  };
  const cachedShare = options.cachedShare === undefined ? undefined : Number(options.cachedShare);
  if (cachedShare !== undefined && !(cachedShare >= 0 && cachedShare <= 1)) throw new UserError(`--cached-share must be between 0 and 1, got '${options.cachedShare}'`);
  const volumes = options.volumes?.split(",").map((v) => count("volumes", v));
  return {
    inputTokens: count("input", options.input),
    outputTokens: count("output", options.output),
    ...(cachedShare !== undefined ? { cachedShare } : {}),
    ...(options.batch ? { batch: true } : {}),
    ...(options.requestsPerMonth ? { requestsPerMonth: count("requests-per-month", options.requestsPerMonth) } : {}),
    ...(volumes ? { volumes } : {}),
  };
}

function usd(value: number): string {
  const digits = value !== 0 && value < 0.01 ? 6 : 2;
  return `$${value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: digits })}`;
}
