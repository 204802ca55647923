import { describe, expect, it } from "vitest";
import type { Price, PriceCard } from "../../pricing/types";
import { anthropicFixtureCard, card, tokenPrice } from "./anthropic-pages.test-support";
import { comparePriceCards } from "./compare-price-cards";
import { modelNameKey } from "./price-identity";

const january = anthropicFixtureCard("2026-01-15");
const february = anthropicFixtureCard("2026-02-06");

const OPUS_46_ROW = "| Claude Opus 4.6     | $5 / MTok         | $6.25 / MTok    | $10 / MTok      | $0.50 / MTok | $25 / MTok    |";
const OPUS_46_LONG_INPUT_ROW = "| Claude Opus 4.6 | Input: $5 / MTok | Input: $10 / MTok |";

/** The card with every price passed through `edit` (return null to drop a price). */
function edited(source: PriceCard, edit: (price: Price) => Price | Price[] | null): PriceCard {
  return { ...source, prices: source.prices.flatMap((price) => edit({ ...price }) ?? []) };
}

describe("comparePriceCards on the Anthropic pages", () => {
  it("reads the fixture pages into cards with the rows the tests rely on", () => {
    expect(january.prices.filter((price) => price.model.startsWith("Claude Opus 4.6"))).toHaveLength(0);
    const opus = february.prices.filter((price) => price.model === "Claude Opus 4.6");
    expect(opus.map((price) => [price.tier, price.dimension, price.cacheTtl, price.contextAbove, price.usdPer1M])).toEqual([
      ["standard", "input", undefined, undefined, 5],
      ["standard", "cache_write", "5m", undefined, 6.25],
      ["standard", "cache_write", "1h", undefined, 10],
      ["standard", "cache_read", undefined, undefined, 0.5],
      ["standard", "output", undefined, undefined, 25],
      ["batch", "input", undefined, undefined, 2.5],
      ["batch", "output", undefined, undefined, 12.5],
      ["standard", "input", undefined, 200_000, 10],
      ["standard", "output", undefined, 200_000, 37.5],
    ]);
  });

  it("reports the January to February difference as Claude Opus 4.6 added, once, with its table row", () => {
    // Between the two dates Opus 4.6 gained a main-table row, a batch row and long-context prices; the
    // long-context table also moved from no model column to one. Only the new model is news.
    expect(comparePriceCards(january, february)).toEqual([
      { kind: "model_added", model: "Claude Opus 4.6", old: null, new: null, newEvidence: OPUS_46_ROW },
    ]);
  });

  it("reports the reverse as one model_removed", () => {
    expect(comparePriceCards(february, january)).toEqual([
      { kind: "model_removed", model: "Claude Opus 4.6", old: null, new: null, oldEvidence: OPUS_46_ROW },
    ]);
  });

  it("reports the long-context input cut as one price_decrease with both rows", () => {
    const cut = edited(february, (price) => {
      if (price.model !== "Claude Opus 4.6" || price.contextAbove !== 200_000 || price.dimension !== "input") return price;
      return { ...price, amount: 5, usdPer1M: 5, evidence: "| Claude Opus 4.6 | Input: $5 / MTok | Input: $5 / MTok |" };
    });
    expect(comparePriceCards(february, cut)).toEqual([
      {
        kind: "price_decrease",
        model: "Claude Opus 4.6",
        dimension: "input",
        tier: "standard",
        contextAbove: 200_000,
        unit: "1M tokens",
        currency: "USD",
        old: 10,
        new: 5,
        pctChange: -50,
        oldEvidence: OPUS_46_LONG_INPUT_ROW,
        newEvidence: "| Claude Opus 4.6 | Input: $5 / MTok | Input: $5 / MTok |",
      },
    ]);
  });

  it("reports a price_increase with the rounded percentage, and a null percentage from zero", () => {
    const raised = edited(february, (price) => {
      if (price.model === "Claude Haiku 3" && price.dimension === "input" && price.tier === "standard") return { ...price, amount: 0.3, usdPer1M: 0.3 };
      return price;
    });
    const [event] = comparePriceCards(february, raised);
    expect(event).toMatchObject({ kind: "price_increase", model: "Claude Haiku 3", dimension: "input", old: 0.25, new: 0.3, pctChange: 20 });

    const free = card([tokenPrice("Free model", "input", 0, "| Free model | $0 |")]);
    const paid = card([tokenPrice("Free model", "input", 0.1, "| Free model | $0.10 |")]);
    expect(comparePriceCards(free, paid)).toMatchObject([{ kind: "price_increase", old: 0, new: 0.1, pctChange: null }]);
  });

  it("rounds percentages to two decimals", () => {
    const before = card([tokenPrice("M", "output", 3, "a")]);
    const after = card([tokenPrice("M", "output", 4, "b")]);
    expect(comparePriceCards(before, after)[0]?.pctChange).toBe(33.33);
    expect(comparePriceCards(after, before)[0]?.pctChange).toBe(-25);
  });
});

describe("comparePriceCards: formatting alone yields no event", () => {
  const noEvents = (after: PriceCard): void => expect(comparePriceCards(february, after)).toEqual([]);

  it("ignores reordered rows", () => noEvents({ ...february, prices: [...february.prices].reverse() }));

  it("ignores a renamed heading and reflowed rows (evidence text only)", () =>
    noEvents(edited(february, (price) => ({ ...price, evidence: `${price.evidence.replace(/\s+/g, " ")} (Pricing table)` }))));

  it("ignores 1.6 versus 1.60 and float noise", () => {
    noEvents(edited(february, (price) => (price.usdPer1M === 1.6 ? { ...price, amount: Number("1.60"), evidence: price.evidence.replace("$1.6 ", "$1.60 ") } : price)));
    noEvents(edited(february, (price) => (price.usdPer1M === 0.3 ? { ...price, amount: 0.1 + 0.2, usdPer1M: 0.1 + 0.2 } : price)));
  });

  it("ignores case, whitespace and markdown in model names", () => {
    noEvents(edited(february, (price) => ({ ...price, model: `  ${price.model.toUpperCase()}  ` })));
    noEvents(edited(february, (price) => ({ ...price, model: price.model.replace(/ /g, "  ") })));
    noEvents(edited(february, (price) => ({ ...price, model: `**${price.model}**` })));
    noEvents(edited(february, (price) => ({ ...price, model: `[${price.model}](/docs/en/about-claude/models)` })));
    noEvents(edited(february, (price) => ({ ...price, model: `\`${price.model}\`` })));
  });

  it("ignores a deprecation note appearing or disappearing beside a name", () => {
    noEvents(edited(february, (price) => ({ ...price, model: price.model.replace(/ \(\[deprecated\]\([^)]*\)\)/, "") })));
    noEvents(edited(february, (price) => (price.model === "Claude Haiku 3.5" ? { ...price, model: "Claude Haiku 3.5 (deprecated)" } : price)));
  });

  it("ignores a switch from per-1K to per-1M wording when the USD per 1M price is the same", () =>
    noEvents(edited(february, (price) => ({ ...price, amount: (price.usdPer1M ?? 0) / 1000, unit: "1K tokens" }))));

  it("ignores a stated lower bound (contextUpTo) and an unchanged duplicate row", () => {
    const withBound = edited(february, (price) => (price.contextAbove === undefined && price.tier === "standard" ? { ...price, contextUpTo: 200_000 } : price));
    noEvents(withBound);
    noEvents({ ...february, prices: [...february.prices, ...february.prices.slice(0, 3)] });
  });

  it("compares non-token prices by amount and keeps their unit and currency", () => {
    const cny = (amount: number, evidence: string): Price => ({ model: "deepseek-chat", dimension: "input", tier: "standard", amount, unit: "1M tokens", currency: "CNY", evidence });
    expect(comparePriceCards(card([cny(2, "2元")]), card([cny(2.0, "2.00元")]))).toEqual([]);
    expect(comparePriceCards(card([cny(2, "2元")]), card([cny(1, "1元")]))).toMatchObject([
      { kind: "price_decrease", currency: "CNY", unit: "1M tokens", old: 2, new: 1, pctChange: -50 },
    ]);
  });
});

describe("comparePriceCards: cards that are not pricing", () => {
  it.each(["blocked", "empty"] as const)("gives no events when one side is %s (a fetch that says nothing about prices)", (status) => {
    const unusable = card([], { status });
    expect(comparePriceCards(february, unusable)).toEqual([]);
    expect(comparePriceCards(unusable, february)).toEqual([]);
  });

  it("compares with a page read whole that holds no token price: its models went, or came with the first prices", () => {
    const models = new Set(february.prices.map((price) => modelNameKey(price.model))).size;
    const none = card([], { status: "not-pricing" });
    const removed = comparePriceCards(february, none).filter((e) => e.kind === "model_removed").map((e) => e.model).sort();
    const added = comparePriceCards(none, february).filter((e) => e.kind === "model_added").map((e) => e.model).sort();
    expect(removed).toHaveLength(models);
    expect(added).toEqual(removed);
    expect(comparePriceCards(none, card([], { status: "not-pricing" }))).toEqual([]);
  });
});

describe("comparePriceCards: renames", () => {
  it("reports a model whose every price is unchanged under a new name as model_renamed", () => {
    const renamed = edited(february, (price) => (price.model === "Claude Haiku 4.5" ? { ...price, model: "Claude Haiku 4.5 Lite", evidence: price.evidence.replace("Haiku 4.5", "Haiku 4.5 Lite") } : price));
    const events = comparePriceCards(february, renamed);
    expect(events).toEqual([
      {
        kind: "model_renamed",
        model: "Claude Haiku 4.5 Lite",
        previousModel: "Claude Haiku 4.5",
        old: null,
        new: null,
        oldEvidence: "| Claude Haiku 4.5  | $1 / MTok         | $1.25 / MTok    | $2 / MTok       | $0.10 / MTok | $5 / MTok     |",
        newEvidence: "| Claude Haiku 4.5 Lite  | $1 / MTok         | $1.25 / MTok    | $2 / MTok       | $0.10 / MTok | $5 / MTok     |",
      },
    ]);
  });

  it("reports removed and added when the prices also changed", () => {
    const renamed = edited(february, (price) => {
      if (price.model !== "Claude Haiku 4.5") return price;
      return { ...price, model: "Claude Haiku 4.5 Lite", ...(price.dimension === "output" && price.tier === "standard" ? { amount: 4, usdPer1M: 4 } : {}) };
    });
    expect(comparePriceCards(february, renamed).map((event) => [event.kind, event.model])).toEqual([
      ["model_added", "Claude Haiku 4.5 Lite"],
      ["model_removed", "Claude Haiku 4.5"],
    ]);
  });

  it("does not guess when two removed models have the same prices (Opus 4 and Opus 4.1)", () => {
    // Opus 4 and 4.1 share every price; one name replacing both cannot say which it was.
    const merged = edited(february, (price) => {
      if (price.model === "Claude Opus 4") return null;
      return price.model === "Claude Opus 4.1" ? { ...price, model: "Claude Opus 4.x" } : price;
    });
    expect(comparePriceCards(february, merged).map((event) => [event.kind, event.model])).toEqual([
      ["model_added", "Claude Opus 4.x"],
      ["model_removed", "Claude Opus 4"],
      ["model_removed", "Claude Opus 4.1"],
    ]);
  });

  it("does not guess when two added models have the prices of one removed model", () => {
    const split = edited(february, (price) => (price.model === "Claude Haiku 4.5" ? [{ ...price, model: "Claude Haiku 4.5 A" }, { ...price, model: "Claude Haiku 4.5 B" }] : price));
    expect(comparePriceCards(february, split).map((event) => event.kind)).toEqual(["model_added", "model_added", "model_removed"]);
  });

  it("reports a new release at the old one's prices as added and removed, not renamed", () => {
    const released = edited(february, (price) => (price.model === "Claude Haiku 4.5" ? { ...price, model: "Claude Haiku 4.6" } : price));
    expect(comparePriceCards(february, released).map((event) => [event.kind, event.model])).toEqual([
      ["model_added", "Claude Haiku 4.6"],
      ["model_removed", "Claude Haiku 4.5"],
    ]);
  });

  it("renames uniquely even when other models share the prices but stay", () => {
    const renamed = edited(february, (price) => (price.model === "Claude Opus 4" ? { ...price, model: "Claude Opus 4.0" } : price));
    expect(comparePriceCards(february, renamed)).toMatchObject([{ kind: "model_renamed", model: "Claude Opus 4.0", previousModel: "Claude Opus 4" }]);
  });
});

describe("comparePriceCards: promotions", () => {
  const haiku = (price: Price): boolean => price.model === "Claude Haiku 4.5" && price.tier === "standard" && price.contextAbove === undefined;
  const halved = (price: Price): Price => ({ ...price, tier: "promo", amount: price.amount / 2, usdPer1M: price.usdPer1M! / 2, validUntil: "2026-12-31" });

  it("reads a promotion that takes the place of the standard price as a price decrease of the promo tier", () => {
    const promoted = edited(february, (price) => (haiku(price) ? halved(price) : price));
    const events = comparePriceCards(february, promoted);
    expect(events.map((e) => e.kind)).toEqual(events.map(() => "price_decrease"));
    const input = events.find((e) => e.dimension === "input");
    expect(input).toMatchObject({ model: "Claude Haiku 4.5", tier: "promo", old: 1, new: 0.5, pctChange: -50 });
  });

  it("reads the standard price coming back when a promotion ends as a price increase", () => {
    const promoted = edited(february, (price) => (haiku(price) ? halved(price) : price));
    const events = comparePriceCards(promoted, february);
    expect(events.find((e) => e.dimension === "input")).toMatchObject({ kind: "price_increase", tier: "standard", old: 0.5, new: 1 });
    expect(events.map((e) => e.kind)).toEqual(events.map(() => "price_increase"));
  });

  it("keeps a promotion beside a standard price that stays a tier of its own", () => {
    const both = edited(february, (price) => (haiku(price) ? [price, halved(price)] : price));
    expect(comparePriceCards(february, both).map((e) => [e.kind, e.tier])).toEqual([["tier_added", "promo"]]);
  });
});

describe("comparePriceCards: qualifiers", () => {
  const haiku = (price: Price): boolean => price.model === "Claude Haiku 4.5" && price.tier === "standard" && price.contextAbove === undefined;

  it("reads a price line whose qualifiers alone changed as the same line: no event, or one price change", () => {
    const relabelled = edited(february, (price) => (haiku(price) ? { ...price, qualifiers: { deployment: "Global" } } : price));
    expect(comparePriceCards(february, relabelled)).toEqual([]);
    const repriced = edited(february, (price) => (haiku(price) ? { ...price, qualifiers: { deployment: "Global" }, ...(price.dimension === "input" ? { amount: 1.1, usdPer1M: 1.1 } : {}) } : price));
    expect(comparePriceCards(february, repriced).map((e) => [e.kind, e.dimension, e.old, e.new])).toEqual([["price_increase", "input", 1, 1.1]]);
  });

  it("does not guess when one line becomes two qualified ones", () => {
    const split = edited(february, (price) => (haiku(price) && price.dimension === "input"
      ? [{ ...price, qualifiers: { region: "us" } }, { ...price, qualifiers: { region: "eu" }, amount: 1.1, usdPer1M: 1.1 }]
      : price));
    expect(comparePriceCards(february, split).map((e) => e.kind).sort()).toEqual(["tier_added", "tier_added", "tier_removed"]);
  });
});

describe("comparePriceCards: tiers", () => {
  it("reports a new tier once per model, not once per price", () => {
    const withPriority = card([
      ...february.prices,
      tokenPrice("Claude Opus 4.6", "input", 10, "| Claude Opus 4.6 | $10 / MTok | $50 / MTok |", { tier: "priority" }),
      tokenPrice("Claude Opus 4.6", "output", 50, "| Claude Opus 4.6 | $10 / MTok | $50 / MTok |", { tier: "priority" }),
    ]);
    expect(comparePriceCards(february, withPriority)).toEqual([
      { kind: "tier_added", model: "Claude Opus 4.6", tier: "priority", old: null, new: null, newEvidence: "| Claude Opus 4.6 | $10 / MTok | $50 / MTok |" },
    ]);
    expect(comparePriceCards(withPriority, february)).toMatchObject([{ kind: "tier_removed", model: "Claude Opus 4.6", tier: "priority" }]);
  });

  it("treats a long-context band as a tier: January's Sonnet 4 band gone is one tier_removed", () => {
    const noLongContext = edited(february, (price) => (price.model === "Claude Sonnet 4" && price.contextAbove ? null : price));
    expect(comparePriceCards(february, noLongContext)).toEqual([
      {
        kind: "tier_removed",
        model: "Claude Sonnet 4",
        tier: "standard",
        contextAbove: 200_000,
        old: null,
        new: null,
        oldEvidence: "| Claude Sonnet 4.5 / 4 | Input: $3 / MTok | Input: $6 / MTok |",
      },
    ]);
  });

  it("reports a new or dropped price line inside an existing tier as a tier event naming the dimension", () => {
    const no1h = edited(february, (price) => (price.model === "Claude Haiku 3" && price.cacheTtl === "1h" ? null : price));
    expect(comparePriceCards(february, no1h)).toEqual([
      {
        kind: "tier_removed",
        model: "Claude Haiku 3",
        dimension: "cache_write",
        tier: "standard",
        cacheTtl: "1h",
        unit: "1M tokens",
        currency: "USD",
        old: 0.5,
        new: null,
        oldEvidence: "| Claude Haiku 3    | $0.25 / MTok      | $0.30 / MTok    | $0.50 / MTok    | $0.03 / MTok | $1.25 / MTok  |",
      },
    ]);
    expect(comparePriceCards(no1h, february)).toMatchObject([{ kind: "tier_added", model: "Claude Haiku 3", dimension: "cache_write", cacheTtl: "1h", old: null, new: 0.5 }]);
  });
});

describe("comparePriceCards: scheduled prices", () => {
  const now = new Date("2026-08-01T00:00:00Z");
  const base = card([
    tokenPrice("Claude Opus 4.6", "input", 5, "| Claude Opus 4.6 | $5 / MTok | $25 / MTok |"),
    tokenPrice("Claude Opus 4.6", "output", 25, "| Claude Opus 4.6 | $5 / MTok | $25 / MTok |"),
  ]);
  const announced = (amount: number, validFrom = "2026-09-01"): PriceCard =>
    card([...base.prices, tokenPrice("Claude Opus 4.6", "input", amount, `From ${validFrom}, Opus 4.6 input is $${amount} / MTok`, { validFrom })]);

  it("reports a dated future price as scheduled added, against the current price, and not as a price change", () => {
    expect(comparePriceCards(base, announced(4), { now })).toEqual([
      {
        kind: "scheduled_change",
        change: "added",
        model: "Claude Opus 4.6",
        dimension: "input",
        tier: "standard",
        unit: "1M tokens",
        currency: "USD",
        effectiveAt: "2026-09-01",
        old: 5,
        new: 4,
        pctChange: -20,
        oldEvidence: "| Claude Opus 4.6 | $5 / MTok | $25 / MTok |",
        newEvidence: "From 2026-09-01, Opus 4.6 input is $4 / MTok",
      },
    ]);
  });

  it("reports a changed amount, and a moved date with the date before", () => {
    expect(comparePriceCards(announced(4), announced(3.5), { now })).toMatchObject([
      { kind: "scheduled_change", change: "changed", effectiveAt: "2026-09-01", old: 4, new: 3.5, pctChange: -12.5 },
    ]);
    const [moved] = comparePriceCards(announced(4), announced(4, "2026-10-01"), { now });
    expect(moved).toMatchObject({ kind: "scheduled_change", change: "changed", effectiveAt: "2026-10-01", previousEffectiveAt: "2026-09-01", old: 4, new: 4, pctChange: 0 });
    expect(comparePriceCards(announced(4), announced(4), { now })).toEqual([]);
  });

  it("reports a future price that disappears before its date as cancelled", () => {
    expect(comparePriceCards(announced(4), base, { now })).toMatchObject([
      { kind: "scheduled_change", change: "cancelled", model: "Claude Opus 4.6", dimension: "input", effectiveAt: "2026-09-01", old: 4, new: null, oldEvidence: "From 2026-09-01, Opus 4.6 input is $4 / MTok" },
    ]);
  });

  it("treats a price whose date has passed as the current price", () => {
    const later = new Date("2026-09-02T00:00:00Z");
    // The page still shows the announcement after the date: nothing changed.
    expect(comparePriceCards(announced(4), announced(4), { now: later })).toEqual([]);
    // The page drops the undated row and keeps the dated one: still $4, nothing changed.
    const datedOnly = card(announced(4).prices.filter((price) => price.validFrom || price.dimension !== "input"));
    expect(comparePriceCards(announced(4), datedOnly, { now: later })).toEqual([]);
    // Seen for the first time after its date, the dated price is simply the new current price.
    expect(comparePriceCards(base, announced(4), { now: later })).toMatchObject([
      { kind: "price_decrease", dimension: "input", old: 5, new: 4, pctChange: -20 },
    ]);
  });

  it("counts the effective day itself as passed", () => {
    expect(comparePriceCards(base, announced(4), { now: new Date("2026-09-01T09:00:00Z") })).toMatchObject([{ kind: "price_decrease" }]);
  });

  it("without a clock treats every dated price as scheduled", () => {
    expect(comparePriceCards(base, announced(4))).toMatchObject([{ kind: "scheduled_change", change: "added", old: 5, new: 4 }]);
  });

  it("reports an announced price that took effect as the price change, not as a cancellation", () => {
    const takenEffect = card([
      tokenPrice("Claude Opus 4.6", "input", 4, "| Claude Opus 4.6 | $4 / MTok | $25 / MTok |"),
      tokenPrice("Claude Opus 4.6", "output", 25, "| Claude Opus 4.6 | $4 / MTok | $25 / MTok |"),
    ]);
    expect(comparePriceCards(announced(4), takenEffect)).toMatchObject([{ kind: "price_decrease", old: 5, new: 4 }]);
  });

  it("follows a renamed model's announced prices", () => {
    const rename = (source: PriceCard): PriceCard => edited(source, (price) => ({ ...price, model: "Claude Opus 4.6 (2026)" }));
    expect(comparePriceCards(announced(4), rename(announced(4)), { now })).toMatchObject([
      { kind: "model_renamed", model: "Claude Opus 4.6 (2026)", previousModel: "Claude Opus 4.6" },
    ]);
  });

  it("announces prices of a model that has none in force yet without calling it added", () => {
    const coming = card([...base.prices, tokenPrice("Claude Opus 5", "input", 8, "Opus 5 from 2026-09-01: $8", { validFrom: "2026-09-01" })]);
    expect(comparePriceCards(base, coming, { now })).toMatchObject([{ kind: "scheduled_change", change: "added", model: "Claude Opus 5", old: null, new: 8, pctChange: null }]);
  });
});

describe("comparePriceCards: providers and order", () => {
  it("keeps same-named models of different providers apart on registry cards", () => {
    const registry = (provider: string, usd: number): Price => ({ ...tokenPrice("Llama 3.3 70B", "input", usd, `${provider} llama ${usd}`), provider });
    const before = card([registry("groq", 0.59), registry("together", 0.88)], { provider: "openrouter" });
    const after = card([registry("groq", 0.59), registry("together", 0.6)], { provider: "openrouter" });
    expect(comparePriceCards(before, after)).toMatchObject([{ kind: "price_decrease", provider: "together", model: "Llama 3.3 70B", old: 0.88, new: 0.6 }]);
  });

  it("orders events by kind group, then model, dimension, tier and band, whatever the row order", () => {
    const after = edited(february, (price) => {
      if (price.model === "Claude Haiku 3") return null;
      if (price.model === "Claude Opus 4.6" && price.dimension === "output") return { ...price, amount: price.amount * 2, usdPer1M: (price.usdPer1M ?? 0) * 2 };
      if (price.model === "Claude Sonnet 4" && price.contextAbove) return null;
      return price;
    });
    const withNew = card([...after.prices, tokenPrice("Claude Haiku 5", "input", 1, "| Claude Haiku 5 | $1 |"), tokenPrice("Claude Haiku 5", "output", 5, "| Claude Haiku 5 | $1 |")]);
    const expected = [
      ["model_added", "Claude Haiku 5", undefined, undefined, undefined],
      ["model_removed", "Claude Haiku 3", undefined, undefined, undefined],
      ["tier_removed", "Claude Sonnet 4", undefined, "standard", 200_000],
      ["price_increase", "Claude Opus 4.6", "output", "standard", undefined],
      ["price_increase", "Claude Opus 4.6", "output", "standard", 200_000],
      ["price_increase", "Claude Opus 4.6", "output", "batch", undefined],
    ];
    const shape = (events: ReturnType<typeof comparePriceCards>): unknown[] => events.map((event) => [event.kind, event.model, event.dimension, event.tier, event.contextAbove]);
    expect(shape(comparePriceCards(february, withNew))).toEqual(expected);
    expect(shape(comparePriceCards({ ...february, prices: [...february.prices].reverse() }, { ...withNew, prices: [...withNew.prices].reverse() }))).toEqual(expected);
  });
});
