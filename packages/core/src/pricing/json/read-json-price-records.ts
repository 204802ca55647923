// Reads token prices from a JSON document of a shape ratecard has no importer for: a provider's or
// reseller's model listing (`data: [{ model, price: { input_price, output_price } }]`), a cost map
// keyed by model id (`{ "model-x": { input_cost_per_token } }`). Model records are found by their
// name field or map key; price fields by their key words (input/prompt, output/completion, cache
// read/write, batch, list vs discounted price, context thresholds); the unit from the keys
// ("per_token", "per_1m", "cents") or, when no key says, from the magnitudes of the values.
import { buildRegistryCard } from "../registries/build-registry-card";
import { makeRegistryPrice, type RegistryPriceBasis } from "../registries/make-registry-price";
import { tallyWarning } from "../registries/tally-warning";
import type { Price, PriceCard, PriceDimension } from "../types";
import { parsePriceCell } from "../extract/parse-price-cell";
import { isJsonRecord } from "./is-json-record";

interface ModelRecord {
  name: string;
  /** The API id a map keys the record by, when the record names the model otherwise ("gpt-5": { display_name: "GPT-5" }). */
  modelId?: string;
  value: Record<string, unknown>;
  /** Its price fields, collected once. */
  leaves: Leaf[];
}

interface Leaf {
  path: string[];
  dimension: PriceDimension;
  value: string;
  contextAbove?: number;
  /** The day a later price period takes effect (a scheduled price). */
  validFrom?: string;
}

const NAME_KEYS = ["model", "id", "model_id", "modelId", "model_name", "modelName", "slug", "name", "displayName", "display_name"];
const NUMBER = /^\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/;
const SKIP = /discount|context|max|limit|length|latency|tps|throughput|rank|priority|score|created|updated|percent|ratio|count|size|window|param|rpm|tpm|rpd|quota|weight|version|index|temperature|top_|penalty|seconds|duration|dimension/;
const THRESHOLD = /threshold|above|from_tokens|min_tokens|context/;
// A price period's start: "prices: [{ effective_from: "2026-07-10T00:23:34Z", input: 5 }, ...]".
const PERIOD_START = /^(?:effective(?:_?(?:from|date|at|since))?|valid_?from|starts?(?:_?(?:at|date|on))?|since|from_date|date)$/i;
const MAX_RECORD_DEPTH = 5;


function recordName(value: Record<string, unknown>): string | null {
  for (const key of NAME_KEYS) {
    const v = value[key];
    if (typeof v === "string" && v.trim() !== "" && v.length <= 120) return v.trim();
  }
  return null;
}

const ID_KEYS = ["model", "id", "model_id", "modelId", "slug"];
const API_ID = /^(?=.*[a-z])[a-z0-9][a-z0-9._:/@-]{1,100}$/i;

/** A map key that is an API id the record's own fields do not state. */
function keyedId(key: string, value: Record<string, unknown>): { modelId?: string } {
  const stated = ID_KEYS.some((k) => typeof value[k] === "string" && (value[k] as string).trim() !== "");
  return !stated && API_ID.test(key) && recordName(value) !== key ? { modelId: key } : {};
}

/** The model records found in a value: ones that name their model, or keyed by a name with a digit ("gpt-5"). */
function namedModelRecords(value: unknown, today: string | undefined): ModelRecord[] {
  return findModelRecords(value, today).filter((record) => recordName(record.value) !== null || /\d/.test(record.name));
}

/**
 * A provider's record holds its models' records ("openai": { models: { "gpt-5": {...}, "gpt-5-mini": {...} } }),
 * and a group's record is itself a map of models ("chat": { "gpt-4": {...}, "gpt-3.5-turbo": {...} }): they
 * are the models, not it. Records that name no model of their own ("actual": {...}, "origin": {...} under a
 * model's price) are parts of the record, not models.
 */
function holdsModelRecords(value: Record<string, unknown>, today: string | undefined): boolean {
  const children = new Set(Object.values(value));
  if (namedModelRecords(value, today).filter((record) => children.has(record.value)).length >= 2) return true;
  return Object.values(value).some((child) => (Array.isArray(child) || isJsonRecord(child)) && namedModelRecords(child, today).length >= 2);
}

/** Lists the model records: items of arrays of named objects, and entries of maps keyed by model id. */
function findModelRecords(json: unknown, today: string | undefined): ModelRecord[] {
  const records: ModelRecord[] = [];
  const stack: { value: unknown; depth: number }[] = [{ value: json, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (depth > 6) continue;
    if (Array.isArray(value)) {
      const named = value
        .filter((item): item is Record<string, unknown> => isJsonRecord(item) && recordName(item) !== null)
        .map((item) => ({ name: recordName(item)!, value: item, leaves: collectLeaves(item, today) }));
      if (named.length > 0 && named.length * 2 >= value.length && named.some((record) => record.leaves.length > 0) && !named.some((record) => holdsModelRecords(record.value, today))) {
        for (const record of named) records.push(record);
        continue;
      }
      for (const item of value) stack.push({ value: item, depth: depth + 1 });
    } else if (isJsonRecord(value)) {
      const entries = Object.entries(value).filter((entry): entry is [string, Record<string, unknown>] => isJsonRecord(entry[1]));
      const priced = entries.map(([key, v]) => ({ name: recordName(v) ?? key, ...keyedId(key, v), value: v, leaves: collectLeaves(v, today) })).filter((record) => record.leaves.length > 0);
      if (priced.length >= 2 && priced.length * 2 >= entries.length && entries.length * 2 >= Object.keys(value).length && !priced.some((record) => holdsModelRecords(record.value, today))) {
        for (const record of priced) records.push(record);
        continue;
      }
      for (const v of Object.values(value)) stack.push({ value: v, depth: depth + 1 });
    }
  }
  return records;
}

/** The day a price period starts ("2026-07-10T00:23:34Z" -> "2026-07-10"), or undefined when the record states none. */
function periodStart(item: Record<string, unknown>): string | undefined {
  const entry = Object.entries(item).find(([k, v]) => PERIOD_START.test(k) && typeof v === "string" && /^\d{4}-\d{2}-\d{2}/.test(v));
  return entry ? (entry[1] as string).slice(0, 10) : undefined;
}

/**
 * Price periods ([{ effective_from, input, output }, ...]): the one in force on `today` (the latest that has
 * started; the latest of all when no day is given) and the ones after it, each with the day it starts.
 */
function readPeriods(items: Record<string, unknown>[], today: string | undefined): { item: Record<string, unknown>; validFrom?: string }[] {
  const dated = items.map((item) => ({ item, start: periodStart(item)! })).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const started = dated.filter((period) => today === undefined || period.start <= today);
  const current = started[started.length - 1];
  const later = dated.filter((period) => today !== undefined && period.start > today);
  return [...(current ? [{ item: current.item }] : []), ...later.map((period) => ({ item: period.item, validFrom: period.start }))];
}

/** The numeric leaves of a record whose key path names a token price dimension. */
function collectLeaves(record: Record<string, unknown>, today?: string): Leaf[] {
  const leaves: Leaf[] = [];
  const stack: { value: unknown; path: string[]; depth: number; contextAbove?: number; validFrom?: string }[] = [{ value: record, path: [], depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth, contextAbove, validFrom } = stack.pop()!;
    if (depth > MAX_RECORD_DEPTH) continue;
    if (Array.isArray(value)) {
      const items = value.filter(isJsonRecord);
      if (items.length > 0 && items.length === value.length && items.every((item) => periodStart(item) !== undefined)) {
        for (const period of readPeriods(items, today)) {
          stack.push({ value: period.item, path, depth: depth + 1, ...(period.validFrom !== undefined ? { validFrom: period.validFrom } : {}) });
        }
        continue;
      }
      // Context tiers: [{ threshold: 200000, input_price: "4" }].
      for (const item of value) {
        if (!isJsonRecord(item)) continue;
        const bound = Object.entries(item).find(([k, v]) => THRESHOLD.test(k.toLowerCase()) && typeof v === "number" && v >= 1000);
        if (bound) stack.push({ value: item, path, depth: depth + 1, contextAbove: bound[1] as number });
      }
      continue;
    }
    if (isJsonRecord(value)) {
      for (const [key, v] of Object.entries(value)) {
        if (contextAbove !== undefined && THRESHOLD.test(key.toLowerCase())) continue;
        if (PERIOD_START.test(key)) continue;
        stack.push({ value: v, path: [...path, key], depth: depth + 1, ...(contextAbove !== undefined ? { contextAbove } : {}), ...(validFrom !== undefined ? { validFrom } : {}) });
      }
      continue;
    }
    const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : null;
    if (text === null || !NUMBER.test(text) || path.length === 0) continue;
    const dimension = dimensionOf(path);
    if (dimension === null) continue;
    leaves.push({ path, dimension, value: text, ...(contextAbove !== undefined ? { contextAbove } : {}), ...(validFrom !== undefined ? { validFrom } : {}) });
  }
  return leaves;
}

function words(path: string[]): string {
  return path.join(".").replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
}

function dimensionOf(path: string[]): PriceDimension | null {
  const last = words(path.slice(-1));
  if (SKIP.test(last) || /(?:^|[._])(?:tokens|min|minimum)$/.test(last)) return null;
  // The key itself names the dimension ("output_price"); else the keys above it ("request_token.price").
  for (let from = path.length - 1; from >= 0; from--) {
    const dimension = dimensionOfWords(words(path.slice(from)), words(path));
    if (dimension !== null) return dimension;
  }
  return null;
}

function dimensionOfWords(w: string, all: string): PriceDimension | null {
  const modality = /audio/.test(all) ? "audio_" : /image/.test(all) ? "image_" : /video/.test(all) ? "video_" : "";
  if (/cache[ds]?[._]?(?:write|creation)|write[._]?cache/.test(w)) return `${modality}cache_write`;
  if (/cache|cached/.test(w)) return `${modality}cache_read`;
  if (/(?:^|[._])(?:input|prompt|request_token|in)(?:[._]|$)|(?:^|[._])(?:input|prompt)_(?!threshold)/.test(w)) return `${modality}input`;
  if (/(?:^|[._])(?:output|completion|response_token|out)(?:[._]|$)|(?:^|[._])(?:output|completion)_/.test(w)) return `${modality}output`;
  return null;
}

type PriceKind = "list" | "sale" | "plain";

function kindOf(path: string[]): PriceKind {
  const w = words(path);
  if (/(?:^|[._])(?:origin|original|list|regular|base|full)(?:[._]|$)/.test(w)) return "list";
  if (/(?:^|[._])(?:actual|discount(?:ed)?|sale|promo|special|current)(?:[._]|$)/.test(w)) return "sale";
  return "plain";
}

interface Basis {
  basis: RegistryPriceBasis;
  perThousand: boolean;
}

function basisOf(path: string[], fallback: Basis): Basis & { cents: boolean; stated: boolean } {
  const w = words(path);
  const cents = /cent/.test(w);
  if (/1m|million|mtok|per_m(?:[._]|$)/.test(w)) return { basis: "1M tokens", cents, perThousand: false, stated: true };
  if (/1k|thousand|ktok/.test(w)) return { basis: "1M tokens", cents, perThousand: true, stated: true };
  if (/per_?token|_token(?:s)?$|token_(?:price|cost)/.test(w)) return { basis: "token", cents, perThousand: false, stated: true };
  return { ...fallback, cents, stated: false };
}

/**
 * Without a unit in the keys, the listing's median price says it: per-token prices are tiny (3e-06), per-1K
 * ones are fractions of a cent to cents (0.0015, 0.03), per-1M ones more (0.15, 3); a whole listing whose
 * median is under a cent per million tokens does not exist.
 */
function inferBasis(records: ModelRecord[]): Basis & { median: number } {
  const values = records.flatMap((r) => r.leaves.map((l) => Number(l.value))).filter((v) => v > 0).sort((a, b) => a - b);
  const median = values[Math.floor(values.length / 2)] ?? 1;
  if (median < 1e-4) return { basis: "token", perThousand: false, median };
  if (median < 0.01) return { basis: "1M tokens", perThousand: true, median };
  return { basis: "1M tokens", perThousand: false, median };
}

function declaredCurrency(record: Record<string, unknown>): string | null {
  const stack: unknown[] = [record];
  for (let depth = 0; stack.length > 0 && depth < 50; depth++) {
    const value = stack.pop();
    if (!isJsonRecord(value)) continue;
    for (const [key, v] of Object.entries(value)) {
      if (/^currency$/i.test(key) && typeof v === "string") return v.toUpperCase();
      if (isJsonRecord(v)) stack.push(v);
    }
  }
  return null;
}

const CURRENCY_WORD = /(?:^|[._])(?:cny|rmb|yuan|eur|euro|gbp|jpy|yen|krw|inr)(?:[._]|$)/;

/**
 * A record converted from another currency keeps the originals beside the USD figures
 * (`original_currency: "CNY"`, `original_input_price: 2.0`); those, and fields named for another currency
 * (`input_price_cny`), are not USD prices.
 */
function withoutOtherCurrencies(record: Record<string, unknown>, leaves: Leaf[]): Leaf[] {
  const prefixes = Object.entries(record)
    .filter(([key, value]) => /currency$/i.test(key) && typeof value === "string" && value.trim().toUpperCase() !== "USD" && key.toLowerCase() !== "currency")
    .map(([key]) => key.toLowerCase().replace(/_?currency$/, ""))
    .filter((prefix) => prefix !== "");
  return leaves.filter((leaf) => {
    const w = words(leaf.path);
    return !CURRENCY_WORD.test(w) && !prefixes.some((prefix) => w.split(".").some((part) => part.startsWith(`${prefix}_`)));
  });
}

/** `value × 10^places` as a decimal string for makeRegistryPrice ("1e-05", -2 → "1e-7"). */
function scaled(value: string, places: number): string {
  if (places === 0) return value;
  const m = /^(.*?)(?:[eE]([-+]?\d+))?$/.exec(value)!;
  return `${m[1]}e${Number(m[2] ?? "0") + places}`;
}

const EMBEDDING_GROUP = /^(?:text[_-]?)?embeddings?(?:[_-]?models)?$/i;

/**
 * A group of embedding models priced by one bare number each (`"embeddings": { "text-embedding-3-small": 2e-05 }`):
 * an embedding model is billed for its input alone, so each number is read as the model's input price, in
 * the unit of the rest of the document. The copy returned holds them as `{ input: number }` records.
 */
function withEmbeddingInputs(json: unknown, depth = 0): unknown {
  if (depth > MAX_RECORD_DEPTH || !isJsonRecord(json)) return json;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    const entries = isJsonRecord(value) ? Object.entries(value) : [];
    const bare = entries.filter(([id, v]) => API_ID.test(id) && (typeof v === "number" || (typeof v === "string" && NUMBER.test(v.trim()))));
    out[key] = EMBEDDING_GROUP.test(key) && bare.length >= 2 && bare.length === entries.length
      ? Object.fromEntries(bare.map(([id, v]) => [id, { input: v }]))
      : withEmbeddingInputs(value, depth + 1);
  }
  return out;
}

/** The card of a JSON document read generically, or null when it holds no recognisable token prices; `now` picks the price periods in force. */
export function readJsonPriceRecords(json: unknown, provider: string | null, now?: Date): PriceCard | null {
  const records = findModelRecords(withEmbeddingInputs(json), now?.toISOString().slice(0, 10));
  if (records.length === 0) return null;
  const fallback = inferBasis(records);
  const documentCurrency = isJsonRecord(json) ? declaredCurrency(json) : null;
  const prices: Price[] = [];
  const tally = new Map<string, number>();
  for (const record of records) {
    const currency = declaredCurrency(record.value) ?? documentCurrency ?? "USD";
    if (currency !== "USD") {
      tallyWarning(tally, `prices in ${currency} are not read as USD`);
      continue;
    }
    const leaves = withoutOtherCurrencies(record.value, record.leaves);
    const hasList = leaves.some((l) => kindOf(l.path) === "list");
    const listValues = new Map<string, string>();
    for (const leaf of leaves) if (kindOf(leaf.path) === "list") listValues.set(`${leaf.dimension}|${leaf.contextAbove ?? ""}`, leaf.value);
    prices.push(...notePrices(record, new Set(leaves.filter((leaf) => leaf.validFrom === undefined && kindOf(leaf.path) !== "list").map((leaf) => leaf.dimension))));
    for (const leaf of leaves) {
      const dimension = leaf.dimension;
      const kind = kindOf(leaf.path);
      const batch = /batch/.test(words(leaf.path));
      // A discounted price beside the list price is a promotion only where it differs from it.
      let tier = batch ? "batch" : "standard";
      if (kind === "sale" && hasList) {
        const list = listValues.get(`${dimension}|${leaf.contextAbove ?? ""}`);
        if (list !== undefined && Number(list) === Number(leaf.value)) continue;
        if (!batch) tier = "promo";
      }
      const { basis, cents, perThousand, stated } = basisOf(leaf.path, fallback);
      if (!stated) tallyWarning(tally, `no key states the unit: read as per ${fallback.basis === "token" ? "token" : fallback.perThousand ? "1K tokens" : "1M tokens"} from the prices' median (${fallback.median})`);
      const value = scaled(leaf.value, (cents ? -2 : 0) + (perThousand ? 3 : 0));
      try {
        const price = makeRegistryPrice({
          model: record.name, dimension, tier, value, basis,
          ...(leaf.contextAbove !== undefined ? { contextAbove: leaf.contextAbove } : {}),
          evidence: `${record.name}: ${leaf.validFrom !== undefined ? `from ${leaf.validFrom}: ` : ""}${leaf.path.join(".")} ${leaf.value}`,
        });
        prices.push({ ...price, ...(record.modelId !== undefined && { modelId: record.modelId }), ...(leaf.validFrom !== undefined && { validFrom: leaf.validFrom }) });
      } catch {
        tallyWarning(tally, "price is not a non-negative number");
      }
    }
  }
  if (prices.length === 0) return null;
  return buildRegistryCard(provider ?? "", prices, tally);
}

const NOTE_KEY = /^(?:notes?|description|remarks?|comments?|pricing_notes?)$/i;

/**
 * A price a record's note states for a dimension its fields leave out ("notes": "Standard tier; cached
 * input: $0.175/MTok"): USD per 1M or 1K tokens, with a label naming the dimension.
 */
function notePrices(record: ModelRecord, has: Set<PriceDimension>): Price[] {
  const prices: Price[] = [];
  for (const [key, value] of Object.entries(record.value)) {
    if (!NOTE_KEY.test(key) || typeof value !== "string" || !value.includes("$")) continue;
    for (const mention of parsePriceCell(value)) {
      const dimension = mention.label.cache === "read" ? "cache_read" : mention.label.cache === "write" ? "cache_write" : mention.label.io;
      if (dimension === undefined || has.has(dimension) || mention.currency !== "USD" || mention.approximate) continue;
      if (mention.unit !== "1M tokens" && mention.unit !== "1K tokens") continue;
      has.add(dimension);
      prices.push({
        ...makeRegistryPrice({ model: record.name, dimension, value: scaled(mention.amountText, mention.unit === "1K tokens" ? 3 : 0), basis: "1M tokens", evidence: `${record.name}: ${key} "${value.slice(0, 120)}"` }),
        ...(record.modelId !== undefined && { modelId: record.modelId }),
      });
    }
  }
  return prices;
}
