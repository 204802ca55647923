// Classifies the differences between two price cards of one source into change events.
import type { PriceCard } from "../../pricing/types";
import type { ChangeEvent } from "../types";
import { compareScheduledPrices } from "./compare-scheduled-prices";
import { isScheduledPrice } from "./effective-dates";
import { orderChangeEvents } from "./order-change-events";
import { percentChange } from "./percent-change";
import { bandFields, identityOf, modelFields, priceFields, toPriceEntry } from "./price-entry";
import type { CardSide, PriceEntry } from "./price-entry";
import { cleanModelName } from "../../pricing/models/clean-model-name";
import { versionsDiffer } from "../../pricing/models/model-version";
import { amountKey, priceSlotKey, sameAmount } from "./price-identity";

export interface ComparePriceCardsOptions {
  /** The moment the comparison is made; dated prices after it are scheduled, before it current. */
  now?: Date;
}

export function comparePriceCards(before: PriceCard, after: PriceCard, options: ComparePriceCardsOptions = {}): ChangeEvent[] {
  // A blocked or empty fetch says nothing about prices; comparing it would report every model removed.
  // A page read whole that holds no token price ("not-pricing") does: its models were removed, or a
  // page that had none gained its first (verification still drops a model the other version names).
  if (!comparable(before) || !comparable(after) || (before.status !== "ok" && after.status !== "ok")) return [];

  const afterEntries = after.prices.map(toPriceEntry);
  const beforeEntries = alignModelKeys(before.prices.map(toPriceEntry), afterEntries);
  const beforeSide = readSide(beforeEntries, options.now);
  const afterSide = readSide(afterEntries, options.now);
  const beforeModels = groupBy(beforeSide.current.values(), (entry) => entry.modelKey);
  const afterModels = groupBy(afterSide.current.values(), (entry) => entry.modelKey);
  // Model events are about models: a tool, a storage line or a session fee ("Session runtime",
  // "File search storage") that appears or goes is a priced item, not a model added or removed.
  const removed = [...beforeModels.keys()].filter((key) => !afterModels.has(key) && isModel(beforeModels.get(key)!));
  const added = [...afterModels.keys()].filter((key) => !beforeModels.has(key) && isModel(afterModels.get(key)!));
  const renames = matchRenames(removed, added, beforeModels, afterModels, (oldKey, newKey) => versionsDiffer(nameOf(beforeSide, oldKey), nameOf(afterSide, newKey)));
  const renamedTo = new Set(renames.values());

  const events: ChangeEvent[] = [];
  for (const [oldKey, newKey] of renames) {
    const oldEntry = representative(beforeModels.get(oldKey) ?? []);
    const newEntry = representative(afterModels.get(newKey) ?? []);
    events.push({
      kind: "model_renamed",
      model: nameOf(afterSide, newKey),
      previousModel: nameOf(beforeSide, oldKey),
      ...modelFields(newEntry.price),
      old: null,
      new: null,
      oldEvidence: oldEntry.price.evidence,
      newEvidence: newEntry.price.evidence,
    });
  }
  for (const key of added.filter((key) => !renamedTo.has(key))) {
    const entry = representative(afterModels.get(key) ?? []);
    events.push({ kind: "model_added", model: nameOf(afterSide, key), ...modelFields(entry.price), old: null, new: null, newEvidence: entry.price.evidence });
  }
  for (const key of removed.filter((key) => !renames.has(key))) {
    const entry = representative(beforeModels.get(key) ?? []);
    events.push({ kind: "model_removed", model: nameOf(beforeSide, key), ...modelFields(entry.price), old: null, new: null, oldEvidence: entry.price.evidence });
  }
  for (const [key, afterEntries] of afterModels) {
    const beforeEntries = beforeModels.get(key);
    if (beforeEntries) events.push(...compareModel(nameOf(afterSide, key), beforeEntries, afterEntries));
  }
  events.push(...compareScheduledPrices(beforeSide, afterSide, renames));
  return orderChangeEvents(events);
}

function comparable(card: PriceCard): boolean {
  return card.status === "ok" || card.status === "not-pricing";
}

/** A model has a token price, or a versioned name ("DALL·E 3", "Veo 3"); an untokened, unversioned item is a tool or fee. */
function isModel(entries: PriceEntry[]): boolean {
  return entries.some((entry) => entry.price.usdPer1M !== undefined || /\d/.test(entry.price.model));
}

/**
 * One version states a model's API id and the other does not (an ID column added or dropped): a model
 * keyed one way on one side finds its counterpart by display name on the other, when exactly one model
 * there has that name and is keyed the other way. Before-side entries take the after side's key.
 */
function alignModelKeys(before: PriceEntry[], after: PriceEntry[]): PriceEntry[] {
  const afterKeys = new Set(after.map((entry) => entry.modelKey));
  const beforeKeys = new Set(before.map((entry) => entry.modelKey));
  const unmatchedAfterByName = unmatchedKeysByName(after, beforeKeys);
  const unmatchedBeforeByName = unmatchedKeysByName(before, afterKeys);
  const counterpart = (entry: PriceEntry): string | undefined => {
    if (afterKeys.has(entry.modelKey)) return undefined;
    const there = unmatchedAfterByName.get(entry.nameKey);
    const here = unmatchedBeforeByName.get(entry.nameKey);
    if (there?.size !== 1 || here?.size !== 1) return undefined;
    const [key] = there;
    // Only across the id/name divide: two different ids under one name are two models.
    return key !== entry.modelKey && (key === entry.nameKey) !== (entry.modelKey === entry.nameKey) ? key : undefined;
  };
  return before.map((entry) => {
    const key = counterpart(entry);
    return key === undefined ? entry : { ...entry, modelKey: key };
  });
}

/** The model keys of a side's entries that the other side lacks, by display-name key. */
function unmatchedKeysByName(entries: PriceEntry[], otherKeys: Set<string>): Map<string, Set<string>> {
  const byName = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (otherKeys.has(entry.modelKey)) continue;
    const keys = byName.get(entry.nameKey) ?? new Set<string>();
    keys.add(entry.modelKey);
    byName.set(entry.nameKey, keys);
  }
  return byName;
}

function readSide(entries: PriceEntry[], now: Date | undefined): CardSide {
  const current = new Map<string, PriceEntry>();
  const scheduled: PriceEntry[] = [];
  for (const entry of entries) {
    if (isScheduledPrice(entry.price, now)) {
      scheduled.push(entry);
      continue;
    }
    const identity = identityOf(entry);
    const held = current.get(identity);
    if (!held || supersedes(entry, held)) current.set(identity, entry);
  }
  return { current, scheduled, names: displayNames(entries) };
}

/**
 * Two prices in force for one identity: the one that took effect last wins (an announced price whose
 * date has passed replaces the undated one); between equals the lower amount, so row order never matters.
 */
function supersedes(candidate: PriceEntry, held: PriceEntry): boolean {
  const a = candidate.price.validFrom ?? "";
  const b = held.price.validFrom ?? "";
  if (a !== b) return a > b;
  return candidate.value < held.value;
}

/** The name most of a model's rows spell it with (ties: the first in code-point order). */
function displayNames(entries: PriceEntry[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const entry of entries) {
    const name = cleanModelName(entry.price.model);
    const perModel = counts.get(entry.modelKey) ?? new Map<string, number>();
    perModel.set(name, (perModel.get(name) ?? 0) + 1);
    counts.set(entry.modelKey, perModel);
  }
  const names = new Map<string, string>();
  for (const [key, perModel] of counts) {
    const [best] = [...perModel].sort(([nameA, countA], [nameB, countB]) => countB - countA || (nameA < nameB ? -1 : nameA > nameB ? 1 : 0));
    if (best) names.set(key, best[0]);
  }
  return names;
}

function nameOf(side: CardSide, modelKey: string): string {
  return side.names.get(modelKey) ?? modelKey;
}

/**
 * A removed and an added model with exactly the same prices are one model renamed, but only when
 * the match is unique both ways (two models with identical prices cannot say which became which) and
 * the names do not state different versions ("Gemini 3 Pro" and "Gemini 3.1 Pro" are two releases).
 */
function matchRenames(
  removed: string[],
  added: string[],
  beforeModels: Map<string, PriceEntry[]>,
  afterModels: Map<string, PriceEntry[]>,
  distinct: (oldKey: string, newKey: string) => boolean,
): Map<string, string> {
  const removedBySignature = groupBy(removed, (key) => priceSignature(beforeModels.get(key) ?? []));
  const addedBySignature = groupBy(added, (key) => priceSignature(afterModels.get(key) ?? []));
  const renames = new Map<string, string>();
  for (const [signature, oldKeys] of removedBySignature) {
    const newKeys = addedBySignature.get(signature);
    if (oldKeys.length === 1 && newKeys?.length === 1 && !distinct(oldKeys[0]!, newKeys[0]!)) renames.set(oldKeys[0]!, newKeys[0]!);
  }
  return renames;
}

function priceSignature(entries: PriceEntry[]): string {
  const provider = entries[0]?.modelKey.split("\u0000")[0] ?? "";
  const prices = [...new Set(entries.map((entry) => `${entry.slot}=${amountKey(entry.value)}`))].sort();
  return `${provider}\u0000${prices.join("\u0001")}`;
}

/** Tier and price events for a model present on both sides. */
function compareModel(model: string, beforeEntriesAsRead: PriceEntry[], afterEntries: PriceEntry[]): ChangeEvent[] {
  const events: ChangeEvent[] = [];
  const beforeEntries = followRequalified(followPromotions(beforeEntriesAsRead, afterEntries), afterEntries);
  const beforeBands = groupBy(beforeEntries, (entry) => entry.band);
  const afterBands = groupBy(afterEntries, (entry) => entry.band);
  for (const [band, entries] of afterBands) {
    if (beforeBands.has(band)) continue;
    const entry = representative(entries);
    events.push({ kind: "tier_added", model, ...bandFields(entry.price), old: null, new: null, newEvidence: entry.price.evidence });
  }
  for (const [band, entries] of beforeBands) {
    if (afterBands.has(band)) continue;
    const entry = representative(entries);
    events.push({ kind: "tier_removed", model, ...bandFields(entry.price), old: null, new: null, oldEvidence: entry.price.evidence });
  }

  const beforeBySlot = new Map(beforeEntries.map((entry) => [entry.slot, entry]));
  const afterBySlot = new Map(afterEntries.map((entry) => [entry.slot, entry]));
  for (const [slot, newEntry] of afterBySlot) {
    const oldEntry = beforeBySlot.get(slot);
    if (oldEntry) {
      if (!sameAmount(oldEntry.value, newEntry.value)) events.push(priceChangeEvent(model, oldEntry, newEntry));
    } else if (beforeBands.has(newEntry.band)) {
      // A new price line inside a tier the model already had (a new dimension, cache TTL or qualifier):
      // a tier event that names the dimension, so it is not lost and not mistaken for a whole tier.
      events.push({ kind: "tier_added", model, ...priceFields(newEntry.price), old: null, new: newEntry.value, newEvidence: newEntry.price.evidence });
    }
  }
  for (const [slot, oldEntry] of beforeBySlot) {
    if (afterBySlot.has(slot) || !afterBands.has(oldEntry.band)) continue;
    events.push({ kind: "tier_removed", model, ...priceFields(oldEntry.price), old: oldEntry.value, new: null, oldEvidence: oldEntry.price.evidence });
  }
  return events;
}

const PROMOTION = "promo";

function promotionSwap(band: string): string | undefined {
  const [tier, context] = band.split("|");
  return tier === "standard" ? `${PROMOTION}|${context}` : tier === PROMOTION ? `standard|${context}` : undefined;
}

/**
 * A promotion that takes the place of the standard price ("$0.75, promotional pricing through December
 * 31", where the page said $1.50 before), or a standard price that comes back when one ends, is the same
 * price line changing: the old side's entries are keyed as the new side's tier, so the change is one
 * price_decrease (or increase) of the promo (or standard) tier, not a tier removed and another added.
 */
function followPromotions(before: PriceEntry[], after: PriceEntry[]): PriceEntry[] {
  const beforeBands = new Set(before.map((entry) => entry.band));
  const afterBands = new Set(after.map((entry) => entry.band));
  const swapped = new Map<string, string>();
  for (const band of beforeBands) {
    const other = promotionSwap(band);
    if (other !== undefined && !afterBands.has(band) && afterBands.has(other) && !beforeBands.has(other)) swapped.set(band, other);
  }
  if (swapped.size === 0) return before;
  return before.map((entry) => {
    if (!swapped.has(entry.band)) return entry;
    const band = swapped.get(entry.band)!;
    return { ...entry, band, slot: priceSlotKey({ ...entry.price, tier: band.split("|")[0]! }) };
  });
}

/**
 * A price line whose qualifiers alone changed (a version that adds a "Deployment: Global" column, or renames
 * a region's label) is the same line: when exactly one old line and one new line of a model share everything
 * else (dimension, tier, context band, TTL, currency, unit), the old one is keyed as the new one, so only a
 * changed amount is an event.
 */
function followRequalified(before: PriceEntry[], after: PriceEntry[]): PriceEntry[] {
  const beforeSlots = new Set(before.map((entry) => entry.slot));
  const afterSlots = new Set(after.map((entry) => entry.slot));
  const unqualified = (entry: PriceEntry): string => priceSlotKey({ ...entry.price, qualifiers: {} });
  const gone = groupBy(before.filter((entry) => !afterSlots.has(entry.slot)), unqualified);
  const come = groupBy(after.filter((entry) => !beforeSlots.has(entry.slot)), unqualified);
  const rekey = new Map<PriceEntry, string>();
  for (const [key, olds] of gone) {
    const news = come.get(key);
    if (olds.length === 1 && news?.length === 1) rekey.set(olds[0]!, news[0]!.slot);
  }
  return rekey.size === 0 ? before : before.map((entry) => (rekey.has(entry) ? { ...entry, slot: rekey.get(entry)! } : entry));
}

function priceChangeEvent(model: string, oldEntry: PriceEntry, newEntry: PriceEntry): ChangeEvent {
  return {
    kind: newEntry.value > oldEntry.value ? "price_increase" : "price_decrease",
    model,
    ...priceFields(newEntry.price),
    old: oldEntry.value,
    new: newEntry.value,
    pctChange: percentChange(oldEntry.value, newEntry.value),
    oldEvidence: oldEntry.price.evidence,
    newEvidence: newEntry.price.evidence,
  };
}

/** The row that best stands for a model or tier: its standard input price when it has one. */
function representative(entries: PriceEntry[]): PriceEntry {
  const score = (entry: PriceEntry): string =>
    [
      entry.band.startsWith("standard|") ? 0 : 1,
      entry.price.contextAbove === undefined ? 0 : 1,
      entry.price.dimension === "input" ? 0 : entry.price.dimension === "output" ? 1 : 2,
      entry.slot,
    ].join("\u0000");
  const [best] = [...entries].sort((a, b) => (score(a) < score(b) ? -1 : score(a) > score(b) ? 1 : 0));
  if (!best) throw new Error("representative() needs at least one price");
  return best;
}

function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
