// scheduled_change events: announced future prices that were added, changed or cancelled.
import type { ChangeEvent } from "../types";
import { percentChange } from "./percent-change";
import { identityOf, priceFields } from "./price-entry";
import type { CardSide, PriceEntry } from "./price-entry";
import { cleanModelName } from "../../pricing/models/clean-model-name";
import { sameAmount } from "./price-identity";

/**
 * Compares the two sides' not-yet-effective prices per identity. `renames` maps old model keys to
 * new ones, so a renamed model's announced prices are followed, not reported cancelled and re-added.
 */
export function compareScheduledPrices(before: CardSide, after: CardSide, renames: Map<string, string>): ChangeEvent[] {
  const beforeByIdentity = groupByIdentity(before.scheduled, (entry) => renames.get(entry.modelKey) ?? entry.modelKey);
  const afterByIdentity = groupByIdentity(after.scheduled, (entry) => entry.modelKey);
  const events: ChangeEvent[] = [];

  for (const identity of new Set([...beforeByIdentity.keys(), ...afterByIdentity.keys()])) {
    const olds = beforeByIdentity.get(identity) ?? new Map<string, PriceEntry>();
    const news = afterByIdentity.get(identity) ?? new Map<string, PriceEntry>();
    const model = (entry: PriceEntry): string => modelName(entry, after, before, renames);

    // Same date on both sides: only the amount can have changed.
    for (const [date, newEntry] of news) {
      const oldEntry = olds.get(date);
      if (!oldEntry) continue;
      olds.delete(date);
      news.delete(date);
      if (!sameAmount(oldEntry.value, newEntry.value)) events.push(changedEvent(model(newEntry), oldEntry, newEntry));
    }
    // The rest pair up in date order: an announced price whose date moved.
    const oldRest = [...olds.values()];
    const newRest = [...news.values()];
    const paired = Math.min(oldRest.length, newRest.length);
    for (let i = 0; i < paired; i++) events.push(changedEvent(model(newRest[i]!), oldRest[i]!, newRest[i]!));

    const currentAfter = after.current.get(identity);
    for (const newEntry of newRest.slice(paired)) {
      const old = currentAfter?.value ?? null;
      events.push({
        kind: "scheduled_change",
        change: "added",
        model: model(newEntry),
        ...priceFields(newEntry.price),
        effectiveAt: newEntry.price.validFrom ?? null,
        old,
        new: newEntry.value,
        pctChange: old === null ? null : percentChange(old, newEntry.value),
        ...(currentAfter ? { oldEvidence: currentAfter.price.evidence } : {}),
        newEvidence: newEntry.price.evidence,
      });
    }
    for (const oldEntry of oldRest.slice(paired)) {
      // The announced price is already the price in force: it took effect (or early), it was not cancelled.
      if (currentAfter && sameAmount(currentAfter.value, oldEntry.value)) continue;
      events.push({
        kind: "scheduled_change",
        change: "cancelled",
        model: model(oldEntry),
        ...priceFields(oldEntry.price),
        effectiveAt: oldEntry.price.validFrom ?? null,
        old: oldEntry.value,
        new: null,
        pctChange: null,
        oldEvidence: oldEntry.price.evidence,
      });
    }
  }
  return events;
}

function changedEvent(model: string, oldEntry: PriceEntry, newEntry: PriceEntry): ChangeEvent {
  const moved = dateKey(oldEntry.price.validFrom) !== dateKey(newEntry.price.validFrom);
  return {
    kind: "scheduled_change",
    change: "changed",
    model,
    ...priceFields(newEntry.price),
    effectiveAt: newEntry.price.validFrom ?? null,
    ...(moved ? { previousEffectiveAt: oldEntry.price.validFrom ?? null } : {}),
    old: oldEntry.value,
    new: newEntry.value,
    pctChange: percentChange(oldEntry.value, newEntry.value),
    oldEvidence: oldEntry.price.evidence,
    newEvidence: newEntry.price.evidence,
  };
}

function modelName(entry: PriceEntry, after: CardSide, before: CardSide, renames: Map<string, string>): string {
  return after.names.get(renames.get(entry.modelKey) ?? entry.modelKey) ?? before.names.get(entry.modelKey) ?? cleanModelName(entry.price.model);
}

/** identity -> date -> entry, dates ascending; one price per date (the lowest, so row order never matters). */
function groupByIdentity(entries: PriceEntry[], modelKeyOf: (entry: PriceEntry) => string): Map<string, Map<string, PriceEntry>> {
  const sorted = [...entries].sort((a, b) => compareText(dateKey(a.price.validFrom), dateKey(b.price.validFrom)) || a.value - b.value);
  const groups = new Map<string, Map<string, PriceEntry>>();
  for (const entry of sorted) {
    const identity = identityOf(entry, modelKeyOf(entry));
    const byDate = groups.get(identity) ?? new Map<string, PriceEntry>();
    const date = dateKey(entry.price.validFrom);
    if (!byDate.has(date)) byDate.set(date, entry);
    groups.set(identity, byDate);
  }
  return groups;
}

/** "2026-09-01" and "2026-09-01T00:00:00Z" are one date. */
function dateKey(date: string | null | undefined): string {
  const text = (date ?? "").trim();
  const time = Date.parse(text);
  return Number.isNaN(time) ? text : new Date(time).toISOString();
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
