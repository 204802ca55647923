import { modelKey, normalizeProvider } from "@ratecard/core";
import { findPriceSince, listCurrentPricePoints, type PricePoint } from "@ratecard/db";
import type { Env } from "../env";
import { printTable } from "./print-table";
import { withRuntime } from "./with-runtime";

interface Disagreement {
  provider: string;
  model: string;
  dimension: string;
  tier: string;
  contextAbove: number | null;
  page: { source: string; usdPer1M: number; since: string | null };
  registry: { source: string; model: string; usdPer1M: number; since: string | null };
}

/**
 * `ratecard crosscheck`: models whose price on the provider's own page disagrees with a registry
 * (LiteLLM, OpenRouter, models.dev), with which source says what and since when.
 */
export async function crosscheck(env: Env, options: { provider?: string; json?: boolean; tolerance?: string }): Promise<void> {
  const tolerance = Number(options.tolerance ?? "0.005");
  await withRuntime(env, async ({ db }) => {
    const pages = await listCurrentPricePoints(db, { kinds: ["page"], ...(options.provider ? { provider: options.provider } : {}) });
    const registries = await listCurrentPricePoints(db, { kinds: ["registry"] });
    const byKey = new Map<string, { source: string; sourceId: string; row: PricePoint }[]>();
    for (const registry of registries) {
      for (const row of registry.prices) {
        if (row.usdPer1M === null) continue;
        const key = priceKey(row, row.provider);
        byKey.set(key, [...(byKey.get(key) ?? []), { source: registry.source.name, sourceId: registry.source.id, row }]);
      }
    }
    let compared = 0;
    const disagreements: Disagreement[] = [];
    for (const page of pages) {
      for (const row of page.prices) {
        if (row.usdPer1M === null || row.validFrom) continue;
        const a = Number(row.usdPer1M);
        // Several registry entries can share a key (dated snapshots of one model): one that agrees settles it.
        const bySource = new Map<string, { source: string; sourceId: string; row: PricePoint }[]>();
        for (const other of byKey.get(priceKey(row, page.source.provider)) ?? []) {
          bySource.set(other.sourceId, [...(bySource.get(other.sourceId) ?? []), other]);
        }
        for (const candidates of bySource.values()) {
          compared++;
          if (candidates.some((c) => Math.abs(a - Number(c.row.usdPer1M)) <= tolerance * Math.max(a, Number(c.row.usdPer1M)))) continue;
          const other = candidates.find((c) => c.row.model.toLowerCase() === row.model.toLowerCase()) ?? candidates[0]!;
          const key = { model: row.model, dimension: row.dimension, tier: row.tier, contextAbove: row.contextAbove };
          const [pageSince, registrySince] = await Promise.all([
            findPriceSince(db, { sourceId: page.source.id, ...key }),
            findPriceSince(db, { sourceId: other.sourceId, ...key, model: other.row.model }),
          ]);
          disagreements.push({
            provider: page.source.provider ?? row.provider,
            model: row.model,
            dimension: row.dimension,
            tier: row.tier,
            contextAbove: row.contextAbove,
            page: { source: page.source.name, usdPer1M: a, since: day(pageSince) },
            registry: { source: other.source, model: other.row.model, usdPer1M: Number(other.row.usdPer1M), since: day(registrySince) },
          });
        }
      }
    }
    if (options.json) {
      console.log(JSON.stringify({ compared, disagreements }, null, 2));
      return;
    }
    if (disagreements.length > 0) {
      printTable(
        ["provider", "model", "price", "page says", "registry says"],
        disagreements.map((d) => [
          d.provider,
          d.model,
          [d.dimension, d.tier === "standard" ? "" : d.tier, d.contextAbove ? `> ${d.contextAbove / 1000}K` : ""].filter(Boolean).join(" "),
          `$${d.page.usdPer1M} (since ${d.page.since ?? "?"})`,
          `${d.registry.source}: $${d.registry.usdPer1M} as ${d.registry.model} (since ${d.registry.since ?? "?"})`,
        ]),
      );
    }
    console.log(
      compared === 0
        ? "nothing to compare yet: check provider pages and registries first (`ratecard check --all`)"
        : `${compared} prices compared, ${disagreements.length} disagree${disagreements.length === 0 ? "" : " (USD per 1M tokens)"}`,
    );
  });
}

/** Registries name models by id (qualifiers.id) and display name; the id is the more reliable key. */
function priceKey(row: PricePoint, provider: string | null): string {
  const id = (row.qualifiers as Record<string, string> | null)?.id;
  return [modelKey(id ?? row.model, normalizeProvider(provider ?? row.provider)), row.dimension, row.tier, row.contextAbove ?? "", row.cacheTtl ?? ""].join("|");
}

function day(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}
