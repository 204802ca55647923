import type { Price } from "@ratecard/core";
import type { Env } from "../env";
import { printTable } from "./print-table";
import { readCard } from "./read-card";
import { readInput } from "./read-input";

/** `ratecard extract FILE|URL`: the price card of a page or registry (contract in ARCHITECTURE.md). */
export async function extract(env: Env, ref: string, options: { provider?: string; json?: boolean }): Promise<void> {
  const { card } = readCard(await readInput(env, ref), options.provider ?? null);
  if (options.json) {
    console.log(JSON.stringify(card, null, 2));
    return;
  }
  const gaps = card.gaps ?? [];
  console.log(`status: ${card.status}${card.provider ? ` (provider ${card.provider})` : ""}, ${card.prices.length} prices${gaps.length > 0 ? `, ${gaps.length} extraction gap(s)` : ""}`);
  if (card.prices.length > 0) {
    printTable(
      ["model", "dimension", "tier", "conditions", "price", "USD / 1M tokens"],
      card.prices.map((p) => [p.provider ? `${p.provider}: ${p.model}` : p.model, p.dimension, p.tier, conditions(p), `${formatAmount(p.amount, p.currency)} / ${p.unit}`, p.usdPer1M ?? ""]),
    );
  }
  if (card.limits.length > 0) {
    printTable(["model", "usage tier", "RPM", "TPM", "RPD"], card.limits.map((l) => [l.model, l.usageTier ?? "", l.rpm ?? "", l.tpm ?? "", l.rpd ?? ""]));
  }
  for (const m of card.modifiers) console.log(`modifier: ${m.name} x${m.factor} on ${m.appliesTo} (${m.evidence})`);
  for (const w of card.warnings) console.log(`warning: ${w}`);
  for (const g of gaps.slice(0, 20)) console.log(`gap: line ${g.line}: ${g.detail}: ${g.text}`);
}

export function conditions(p: Price): string {
  return [
    p.contextAbove !== undefined ? `prompts > ${p.contextAbove.toLocaleString("en-US")} tokens` : "",
    p.contextUpTo !== undefined ? `prompts <= ${p.contextUpTo.toLocaleString("en-US")} tokens` : "",
    p.cacheTtl ? `cache ${p.cacheTtl}` : "",
    p.validFrom ? `from ${p.validFrom}` : "",
    p.validUntil ? `until ${p.validUntil}` : "",
    ...Object.entries(p.qualifiers ?? {}).map(([k, v]) => `${k} ${v}`),
  ]
    .filter(Boolean)
    .join(", ");
}

export function formatAmount(amount: number, currency: string): string {
  const symbol = ({ USD: "$", CNY: "¥", EUR: "€", GBP: "£" } as Record<string, string>)[currency];
  // Every digit the page stated ("$0.075", "$0.000263"), at least two: a price is never rounded for display.
  const text = amount.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 10 });
  return symbol ? `${symbol}${text}` : `${text} ${currency}`;
}
