// Extraction and diffing speed: pages per second over the fixture pages (normalise + extract), and
// two versions of a 1 MB page (normalise both, extract both, compare cards, text diff).
// Writes bench/results/extract-and-diff-<date>.json; run with `pnpm --filter @ratecard/bench extract`.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { comparePriceCards, diffText, extractPriceCard, normalizePageText } from "@ratecard/core";

const root = path.resolve(import.meta.dirname, "..");
const pagesDir = path.resolve(root, "../shared/fixtures/pages");
const typeOf = (name: string) => (name.endsWith(".html") ? "text/html" : name.endsWith(".md") ? "text/markdown" : "text/plain");
const pages = readdirSync(pagesDir).map((name) => ({ name, body: readFileSync(path.join(pagesDir, name), "utf8"), contentType: typeOf(name) }));

function time<T>(run: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = run();
  return { ms: performance.now() - t0, value };
}

// Warm up once, then measure rounds over every page.
for (const page of pages) extractPriceCard({ text: normalizePageText(page) });
const rounds = 5;
const perPage = new Map<string, { normalizeMs: number; extractMs: number; prices: number }>();
const total = time(() => {
  for (let r = 0; r < rounds; r++) {
    for (const page of pages) {
      const n = time(() => normalizePageText(page));
      const e = time(() => extractPriceCard({ text: n.value }));
      const entry = perPage.get(page.name) ?? { normalizeMs: 0, extractMs: 0, prices: e.value.prices.length };
      entry.normalizeMs += n.ms / rounds;
      entry.extractMs += e.ms / rounds;
      perPage.set(page.name, entry);
    }
  }
});
const pagesPerSecond = (pages.length * rounds) / (total.ms / 1000);
const bytes = pages.reduce((sum, p) => sum + Buffer.byteLength(p.body), 0);

// A 1 MB page: the Anthropic pricing table repeated under numbered headings; v2 changes every 10th price.
const table = readFileSync(path.join(pagesDir, "anthropic__2026-02-06__claude-docs-sitemap.md"), "utf8");
let v1 = "";
for (let i = 0; Buffer.byteLength(v1) < 1024 * 1024; i++) v1 += `\n## Region ${i}\n\n${table.replaceAll("Claude", `Claude R${i}`)}`;
let n = 0;
const v2 = v1.replace(/\$(\d+(?:\.\d+)?) \/ MTok/g, (match, amount: string) => (++n % 10 === 0 ? `$${(Number(amount) * 1.5).toFixed(2)} / MTok` : match));
const diffRun = time(() => {
  const a = normalizePageText({ body: v1, contentType: "text/markdown" });
  const b = normalizePageText({ body: v2, contentType: "text/markdown" });
  const cards = [extractPriceCard({ text: a }), extractPriceCard({ text: b })] as const;
  const events = comparePriceCards(cards[0], cards[1]);
  const text = diffText(a, b);
  return { events: events.length, added: text.added, removed: text.removed, prices: cards[0].prices.length };
});

const result = {
  date: new Date().toISOString().slice(0, 10),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version },
  extraction: {
    pages: pages.length,
    rounds,
    megabytes: +(bytes / 1024 / 1024).toFixed(2),
    pagesPerSecond: +pagesPerSecond.toFixed(1),
    perPage: Object.fromEntries([...perPage].map(([name, v]) => [name, { prices: v.prices, normalizeMs: +v.normalizeMs.toFixed(1), extractMs: +v.extractMs.toFixed(1) }])),
  },
  diff1MB: { bytes: Buffer.byteLength(v1), pricesChanged: Math.floor(n / 10), ms: Math.round(diffRun.ms), ...diffRun.value },
};
const out = path.join(root, "bench/results", `extract-and-diff-${result.date}.json`);
writeFileSync(out, JSON.stringify(result, null, 2) + "\n");
console.log(`extraction: ${result.extraction.pagesPerSecond} pages/s over ${pages.length} fixture pages (${result.extraction.megabytes} MB)`);
console.log(`diff of two 1 MB versions: ${result.diff1MB.ms} ms, ${result.diff1MB.events} events, +${result.diff1MB.added}/-${result.diff1MB.removed} lines`);
console.log(`written to ${path.relative(root, out)}`);
