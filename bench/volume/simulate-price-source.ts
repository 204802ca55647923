// One price source's year: a card of models and prices that changes now and then (price cuts and
// rises, models added and removed, a long-context tier added, copy edits with no price change), the
// page text each version renders to, and a check every `intervalHours` (a few failed or blocked).
// The rows it returns have the columns the database has.
import { createHash, randomUUID } from "node:crypto";
import { describeChangeEvent, type ChangeEvent } from "@ratecard/core";
import type { Random } from "./random";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface PriceSourceSpec {
  sourceId: string;
  provider: string;
  providerName: string;
  format: "page" | "registry";
  modelCount: number;
  intervalHours: number;
  meanDaysBetweenChanges: number;
  /** Failing for this many hours up to now (a source in a failure streak), 0 for a healthy one. */
  failingForHours: number;
  start: Date;
  end: Date;
}

interface Cell {
  model: string;
  dimension: string;
  tier: string;
  contextAbove: number | null;
  usd: number;
}

export interface SimulatedRows {
  snapshots: Record<string, unknown>[];
  pricePoints: Record<string, unknown>[];
  events: Record<string, unknown>[];
  checks: Record<string, unknown>[];
  lastSlotAt: Date | null;
}

const FILLER = [
  "Prices are per one million tokens unless stated otherwise.",
  "Volume discounts are available for committed use; contact sales.",
  "Cached input is billed when a prompt prefix is reused within the cache lifetime.",
  "Batch requests complete within 24 hours and are billed at the batch rate.",
  "Taxes are not included. Prices in US dollars.",
  "Fine-tuned models are billed at the rates of their base model plus a hosting fee.",
  "Rate limits depend on your usage tier; see the limits page.",
  "Tool calls and structured outputs are billed as input and output tokens.",
];

const key = (c: Pick<Cell, "model" | "dimension" | "tier" | "contextAbove">) => `${c.model}|${c.dimension}|${c.tier}|${c.contextAbove ?? ""}`;
const money = (usd: number) => `$${usd < 0.1 ? usd.toFixed(3) : usd.toFixed(2)}`;
const round = (value: number) => Math.round(value * 1000) / 1000;

function modelCells(random: Random, model: string, withExtras: boolean): Cell[] {
  const input = round(random.pick([0.05, 0.1, 0.15, 0.25, 0.4, 0.5, 0.8, 1, 1.25, 2, 2.5, 3, 5, 10, 15]));
  const output = round(input * random.pick([2, 4, 5, 8]));
  const cells: Cell[] = [
    { model, dimension: "input", tier: "standard", contextAbove: null, usd: input },
    { model, dimension: "output", tier: "standard", contextAbove: null, usd: output },
  ];
  if (withExtras) {
    cells.push({ model, dimension: "cache_read", tier: "standard", contextAbove: null, usd: round(input / 10) });
    cells.push({ model, dimension: "input", tier: "batch", contextAbove: null, usd: round(input / 2) });
    cells.push({ model, dimension: "output", tier: "batch", contextAbove: null, usd: round(output / 2) });
  }
  return cells;
}

function rowText(cell: Cell): string {
  const band = cell.contextAbove ? ` (prompts > ${cell.contextAbove / 1000}K)` : "";
  return `${cell.model}${band} | ${cell.tier === "batch" ? "batch " : ""}${cell.dimension.replace("_", " ")} | ${money(cell.usd)} / 1M tokens`;
}

function renderText(spec: PriceSourceSpec, cells: Cell[], edition: number): { text: string; raw: string } {
  const sorted = [...cells].sort((a, b) => key(a).localeCompare(key(b)));
  if (spec.format === "registry") {
    const byModel: Record<string, Record<string, number>> = {};
    for (const cell of sorted) (byModel[cell.model] ??= {})[`${cell.dimension}_cost_per_token`] = cell.usd / 1e6;
    const text = JSON.stringify({ edition, models: byModel }, null, 1);
    return { text, raw: text };
  }
  const lines = [
    `# ${spec.providerName} API pricing`,
    "",
    FILLER[edition % FILLER.length] ?? "",
    "",
    "Model | Price | Per",
    ...sorted.map(rowText),
    "",
    "## Frequently asked questions",
    ...Array.from({ length: 24 }, (_, i) => FILLER[(i + edition) % FILLER.length] ?? ""),
  ];
  const text = lines.join("\n");
  const raw = `<!doctype html><html><head><title>${spec.providerName} pricing</title></head><body><main>${lines
    .map((line) => (line.includes(" | ") ? `<div class="row">${line}</div>` : `<p>${line}</p>`))
    .join("\n")}</main></body></html>`;
  return { text, raw };
}

export function simulatePriceSource(random: Random, spec: PriceSourceSpec): SimulatedRows {
  const rows: SimulatedRows = { snapshots: [], pricePoints: [], events: [], checks: [], lastSlotAt: null };
  const prefix = spec.format === "registry" ? "" : `${spec.providerName} `;
  let nextModel = 1;
  const newModelName = () => `${prefix}model-${nextModel++}`;
  let cells: Cell[] = Array.from({ length: spec.modelCount }, () => modelCells(random, newModelName(), spec.format === "page" && random.chance(0.5))).flat();

  let edition = 0;
  let snapshot = null as { id: string; firstSeenAt: Date; lastSeenAt: Date } | null;
  let nextChangeAt = spec.start.getTime() + random.exp(spec.meanDaysBetweenChanges) * DAY;
  const failingFrom = spec.end.getTime() - spec.failingForHours * HOUR;
  const offset = random.int(0, 59) * 60_000;

  const storeSnapshot = (at: Date, events: ChangeEvent[]) => {
    const { text, raw } = renderText(spec, cells, edition);
    const id = randomUUID();
    if (snapshot) rows.snapshots.at(-1)!.last_seen_at = snapshot.lastSeenAt;
    rows.snapshots.push({
      id,
      source_id: spec.sourceId,
      content_hash: createHash("sha256").update(text).digest("hex"),
      content_type: spec.format === "registry" ? "application/json" : "text/html",
      raw_body: raw,
      normalized_text: text,
      first_seen_at: at,
      last_seen_at: at,
      previous_id: snapshot?.id ?? null,
      card_status: "ok",
    });
    for (const cell of cells) {
      rows.pricePoints.push({
        id: randomUUID(),
        snapshot_id: id,
        provider: spec.provider,
        model: cell.model,
        dimension: cell.dimension,
        tier: cell.tier,
        context_above: cell.contextAbove,
        amount: cell.usd,
        unit: "1M tokens",
        currency: "USD",
        usd_per_1m: cell.usd,
        evidence: rowText(cell),
      });
    }
    for (const event of events) {
      rows.events.push({
        id: randomUUID(),
        source_id: spec.sourceId,
        from_snapshot_id: snapshot?.id ?? null,
        to_snapshot_id: id,
        kind: event.kind,
        provider: spec.provider,
        model: event.model,
        dimension: event.dimension ?? null,
        tier: event.tier ?? null,
        context_above: event.contextAbove ?? null,
        unit: event.unit ?? null,
        currency: event.currency ?? null,
        summary: describeChangeEvent(event, spec.provider),
        old_value: event.old ?? null,
        new_value: event.new ?? null,
        pct_change: event.pctChange ?? null,
        old_evidence: event.oldEvidence ?? null,
        new_evidence: event.newEvidence ?? null,
        detected_at: at,
      });
    }
    snapshot = { id, firstSeenAt: at, lastSeenAt: at };
  };

  const change = (): ChangeEvent[] => {
    edition++;
    const roll = random.next();
    if (roll < 0.55) {
      const events: ChangeEvent[] = [];
      for (let n = random.int(1, 3); n > 0; n--) {
        const cell = random.pick(cells);
        const factor = random.pick([0.5, 0.6, 0.75, 0.8, 0.9, 1.1, 1.2, 1.25, 1.5]);
        const before = cell.usd;
        const oldEvidence = rowText(cell);
        cell.usd = round(before * factor);
        if (cell.usd === before || cell.usd === 0) continue;
        const pct = Math.round(((cell.usd - before) / before) * 10000) / 100;
        events.push({
          kind: cell.usd < before ? "price_decrease" : "price_increase",
          model: cell.model, dimension: cell.dimension, tier: cell.tier, ...(cell.contextAbove ? { contextAbove: cell.contextAbove } : {}),
          unit: "1M tokens", currency: "USD", old: before, new: cell.usd, pctChange: pct, oldEvidence, newEvidence: rowText(cell),
        });
      }
      return events;
    }
    if (roll < 0.75) {
      const added = modelCells(random, newModelName(), spec.format === "page" && random.chance(0.5));
      cells.push(...added);
      return [{ kind: "model_added", model: added[0]!.model, newEvidence: rowText(added[0]!) }];
    }
    if (roll < 0.83 && cells.length > 4) {
      const model = random.pick(cells).model;
      const gone = cells.find((c) => c.model === model)!;
      cells = cells.filter((c) => c.model !== model);
      return [{ kind: "model_removed", model, oldEvidence: rowText(gone) }];
    }
    if (roll < 0.9) {
      const base = random.pick(cells.filter((c) => c.dimension === "input" && c.tier === "standard" && !c.contextAbove));
      if (!base || cells.some((c) => c.model === base.model && c.contextAbove)) return [];
      const tier: Cell = { ...base, contextAbove: 200_000, usd: round(base.usd * 2) };
      cells.push(tier);
      return [{ kind: "tier_added", model: tier.model, dimension: "input", tier: "standard", contextAbove: 200_000, unit: "1M tokens", currency: "USD", new: tier.usd, newEvidence: rowText(tier) }];
    }
    return []; // copy edit: a new version of the text, no price event
  };

  for (let t = spec.start.getTime() + offset; t <= spec.end.getTime(); t += spec.intervalHours * HOUR) {
    const startedAt = new Date(t);
    const durationMs = spec.format === "registry" ? random.int(300, 2500) : random.int(600, 4000);
    const finishedAt = new Date(t + durationMs);
    const slotAt = new Date(t - offset);
    rows.lastSlotAt = slotAt;
    const base = { id: randomUUID(), source_id: spec.sourceId, started_at: startedAt, finished_at: finishedAt, duration_ms: durationMs, slot_at: slotAt, engine: "http" };
    const failing = t >= failingFrom;
    if (failing || random.chance(0.015)) {
      const blocked = !failing && random.chance(0.3);
      rows.checks.push({
        ...base,
        outcome: blocked ? "blocked" : "failed",
        http_status: blocked ? 403 : 503,
        error: blocked ? "bot challenge: the page is a 'Just a moment...' check" : "HTTP 503 Service Unavailable after 3 attempts",
      });
      continue;
    }
    if (!snapshot || t >= nextChangeAt) {
      const events = snapshot ? change() : [];
      storeSnapshot(finishedAt, events);
      nextChangeAt = t + Math.max(spec.intervalHours * HOUR, random.exp(spec.meanDaysBetweenChanges) * DAY);
      rows.checks.push({ ...base, outcome: "changed", http_status: 200, snapshot_id: snapshot!.id });
      continue;
    }
    snapshot.lastSeenAt = finishedAt;
    rows.checks.push({ ...base, outcome: "unchanged", http_status: 200, snapshot_id: snapshot.id });
  }
  if (snapshot && rows.snapshots.length > 0) rows.snapshots.at(-1)!.last_seen_at = snapshot.lastSeenAt;
  return rows;
}
