// Metamorphic price mutations over every corpus, holdout and fixture page: a price written once on the page,
// doubled in place, is read back doubled and the diff reports exactly that, as price increases of x2 and
// nothing else. Generated from the pages; which literal is mutated follows from the card, not from a list.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffDocuments } from "../../src/diff/events/diff-documents";
import { priceIdentityKey } from "../../src/diff/events/price-identity";
import { contentTypeOfFile } from "../../src/page/content-type-of-file";
import { readDocumentCard } from "../../src/pricing/read-document-card";
import type { Price } from "../../src/pricing/types";
import { fixturesDir } from "../fixtures-dir";
import { listFixtures } from "../list-fixtures";
import { allCorpora, corpusPages } from "../read-corpus";

const MUTATIONS_PER_PAGE = 6;
const NUMBER = /(?<![\d.,])\d+(?:\.\d+)?(?![\d.,])/g;

interface Mutation {
  literal: string;
  doubled: string;
  at: number;
  price: Price;
}

const pages = [
  ...allCorpora.flatMap(([dir, prefix]) =>
    corpusPages(dir).map((page) => ({ name: `${prefix}${page.file}`, body: page.body, contentType: page.contentType })),
  ),
  ...listFixtures("pages").map((file) => ({
    name: `fixtures/${file}`,
    body: readFileSync(join(fixturesDir(), "pages", file), "utf8"),
    contentType: contentTypeOfFile(file),
  })),
];

function doubled(literal: string): string {
  const decimals = literal.includes(".") ? literal.split(".")[1]!.length : 0;
  return (Number(literal) * 2).toFixed(decimals);
}

/**
 * Dollar literals that occur once on the page and are the amount of a price read from it, whose identity
 * is unique on the card (several prices under one identity are a conflict the diff cannot pin on one value)
 * and whose amount no other price has.
 */
function mutationsOf(body: string, prices: Price[]): Mutation[] {
  const identities = new Map<string, number>();
  for (const p of prices) identities.set(priceIdentityKey(p), (identities.get(priceIdentityKey(p)) ?? 0) + 1);
  const occurrences = new Map<string, number[]>();
  for (const m of body.matchAll(NUMBER)) occurrences.set(m[0], [...(occurrences.get(m[0]) ?? []), m.index]);
  const candidates = [...occurrences].flatMap(([literal, at]) => {
    if (at.length !== 1 || Number(literal) <= 0 || !/\$\s?$/.test(body.slice(Math.max(0, at[0]! - 2), at[0]))) return [];
    const literalIn = new RegExp(`(?<![\\d.,])${literal.replace(".", "\\.")}(?![\\d.,])`);
    const price = prices.find((p) => p.amount === Number(literal) && literalIn.test(p.evidence) && identities.get(priceIdentityKey(p)) === 1);
    // One price with that amount: a second one may come from the page's data (a collapsed table's rows in its
    // island props, where the literal is written without its "$"), and would not change with this literal.
    const sameAmount = prices.filter((p) => p.amount === Number(literal)).length;
    return price && sameAmount === 1 ? [{ literal, doubled: doubled(literal), at: at[0]!, price }] : [];
  });
  const step = Math.max(1, Math.floor(candidates.length / MUTATIONS_PER_PAGE));
  return candidates.filter((_, i) => i % step === 0).slice(0, MUTATIONS_PER_PAGE);
}

const cases = pages.flatMap((page) => {
  const base = readDocumentCard({ body: page.body, contentType: page.contentType });
  return mutationsOf(page.body, base.card.prices).map((mutation) => ({ ...page, base, mutation, label: `${mutation.literal} -> ${mutation.doubled}` }));
});

describe("a price doubled in place is one x2 price increase", () => {
  it("covers the pages", () => {
    expect(new Set(cases.map((c) => c.name)).size).toBeGreaterThan(40);
    expect(cases.length).toBeGreaterThan(150);
  });

  it.each(cases)("$name: $label", ({ body, contentType, base, mutation }) => {
    const mutated = body.slice(0, mutation.at) + mutation.doubled + body.slice(mutation.at + mutation.literal.length);
    const next = readDocumentCard({ body: mutated, contentType });
    const { events } = diffDocuments(base, next);
    expect(events.map((e) => e.model)).toContain(mutation.price.model);
    // A price that takes effect on a later date changes as a scheduled change, every other one as an increase.
    const kind = mutation.price.validFrom ? "scheduled_change" : "price_increase";
    for (const event of events) {
      expect(event.kind, JSON.stringify(event)).toBe(kind);
      expect(Number(event.new) / Number(event.old)).toBeCloseTo(2, 9);
    }
  });
});
