// The price-understanding scorecard: runs extraction and change detection over the corpus of real pages
// (packages/core/test/corpus, or the folders given) and prints recall, precision and F1 per provider,
// per layout and per format. `--save` writes bench/results/pricing-scorecard-<date>[-<corpus folder>].json.
//   pnpm --filter @ratecard/bench scorecard [--save] [--verbose] [CORPUS_DIR ...]
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { diffDocuments, readDocumentCard, type DocumentCard, type PriceCard } from "@ratecard/core";
import { scoreChangeEvents, scorePriceCard, type PageTruth } from "@ratecard/core/score";
import { corpusPages, corpusPairs } from "@ratecard/core/test-corpus";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const save = args.includes("--save");
const verbose = args.includes("--verbose");
const dirs = args.filter((a) => !a.startsWith("--")).map((d) => path.resolve(process.env.INIT_CWD ?? process.cwd(), d));
if (dirs.length === 0) dirs.push(path.join(root, "packages/core/test/corpus"));

// Extraction decides whether a dated price is in the future, or a promotion over, by the day the page was
// captured (as a check does by the day it fetched); a page without a date in its name is read as of this day.
const NOW = new Date("2026-12-01T00:00:00Z");

interface PageResult { dir: string; file: string; capturedAt: Date | null; truth: PageTruth; card: PriceCard; score: ReturnType<typeof scorePriceCard> }
const pages: PageResult[] = [];
const documents = new Map<string, DocumentCard>();

for (const dir of dirs) {
  for (const page of corpusPages(dir)) {
    const document = readDocumentCard({ body: page.body, contentType: page.contentType, now: page.capturedAt ?? NOW });
    documents.set(path.join(dir, page.file), document);
    pages.push({ dir, file: page.file, capturedAt: page.capturedAt, truth: page.truth, card: document.card, score: scorePriceCard(page.truth, document.card) });
  }
}

function documentOf(dir: string, file: string): DocumentCard {
  const document = documents.get(path.join(dir, file));
  if (!document) throw new Error(`${dir}: pairs.json names ${file}, which has no truth file`);
  return document;
}

interface PairResult { dir: string; old: string; new: string; provider: string; layout: string; score: ReturnType<typeof scoreChangeEvents>; gaps: number }
const pairs: PairResult[] = [];
for (const dir of dirs) {
  if (!existsSync(path.join(dir, "pairs.json"))) continue;
  for (const pair of corpusPairs(dir)) {
    const page = pages.find((p) => p.dir === dir && p.file === pair.new);
    const diff = diffDocuments(documentOf(dir, pair.old), documentOf(dir, pair.new), { now: page?.capturedAt ?? NOW });
    pairs.push({ dir, old: pair.old, new: pair.new, provider: page?.truth.provider ?? "?", layout: page?.truth.layout ?? "?", score: scoreChangeEvents(pair.events, diff.events), gaps: diff.gaps.length });
  }
}

const pct = (n: number, d: number) => (d === 0 ? "—" : (n / d).toFixed(2));
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function priceRow(label: string, group: PageResult[]) {
  const truth = group.reduce((s, p) => s + p.score.truthPrices, 0);
  const found = group.reduce((s, p) => s + p.score.found, 0);
  const checked = group.reduce((s, p) => s + p.score.checked, 0);
  const spurious = group.reduce((s, p) => s + p.score.spurious.length, 0);
  const statusOk = group.filter((p) => p.score.statusExpected === p.score.statusFound || (p.score.statusExpected === "not-pricing" && p.score.statusFound === "empty")).length;
  const recall = truth === 0 ? 0 : found / truth;
  const precision = checked === 0 ? null : (checked - spurious) / checked;
  return { label, pages: group.length, statusOk, truth, found, recall, checked, precision, f1: precision === null ? null : f1(precision, recall) };
}

function eventRow(label: string, group: PairResult[]) {
  const truth = group.reduce((s, p) => s + p.score.truthEvents, 0);
  const reported = group.reduce((s, p) => s + p.score.reported, 0);
  const matched = group.reduce((s, p) => s + p.score.matched, 0);
  const negatives = group.filter((p) => p.score.truthEvents === 0);
  const falseOnNegative = negatives.filter((p) => p.score.reported > 0).length;
  const recall = truth === 0 ? 1 : matched / truth;
  const precision = reported === 0 ? 1 : matched / reported;
  return { label, pairs: group.length, truth, reported, matched, recall, precision, f1: f1(precision, recall), negatives: negatives.length, falseOnNegative };
}

function groupBy<T>(items: T[], key: (item: T) => string): [string, T[]][] {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return [...map].sort(([a], [b]) => a.localeCompare(b));
}

const priceTable = (title: string, rows: ReturnType<typeof priceRow>[]) => {
  console.log(`\n### Key prices by ${title}\n\n| ${title} | pages | status right | truth prices | found | recall | checked | precision | F1 |\n|---|---|---|---|---|---|---|---|---|`);
  for (const r of rows) console.log(`| ${r.label} | ${r.pages} | ${r.statusOk} | ${r.truth} | ${r.found} | ${r.recall.toFixed(2)} | ${r.checked} | ${r.precision === null ? "—" : r.precision.toFixed(2)} | ${r.f1 === null ? "—" : r.f1.toFixed(2)} |`);
};
const eventTable = (title: string, rows: ReturnType<typeof eventRow>[]) => {
  console.log(`\n### Change events by ${title}\n\n| ${title} | pairs | truth events | reported | matched | recall | precision | F1 | negative pairs with a false event |\n|---|---|---|---|---|---|---|---|---|`);
  for (const r of rows) console.log(`| ${r.label} | ${r.pairs} | ${r.truth} | ${r.reported} | ${r.matched} | ${r.recall.toFixed(2)} | ${r.precision.toFixed(2)} | ${r.f1.toFixed(2)} | ${r.falseOnNegative} of ${r.negatives} |`);
};

const totalPrices = priceRow("all", pages);
const totalEvents = eventRow("all", pairs);
console.log(`# Pricing scorecard (${pages.length} pages, ${new Set(pages.map((p) => p.truth.provider)).size} providers, ${pairs.length} pairs)`);
priceTable("provider", [...groupBy(pages, (p) => p.truth.provider).map(([k, g]) => priceRow(k, g)), totalPrices]);
priceTable("layout", groupBy(pages, (p) => p.truth.layout).map(([k, g]) => priceRow(k, g)));
priceTable("format", groupBy(pages, (p) => p.truth.format).map(([k, g]) => priceRow(k, g)));
eventTable("provider", [...groupBy(pairs, (p) => p.provider).map(([k, g]) => eventRow(k, g)), totalEvents]);
eventTable("layout", groupBy(pairs, (p) => p.layout).map(([k, g]) => eventRow(k, g)));
console.log(`\nstatus: ${pages.filter((p) => p.truth.status === "blocked" && p.card.status === "blocked").length} of ${pages.filter((p) => p.truth.status === "blocked").length} challenge pages blocked; ${pages.filter((p) => p.truth.status !== p.card.status && !(p.truth.status === "not-pricing" && p.card.status === "empty")).map((p) => `${path.basename(p.file)} ${p.truth.status}→${p.card.status}`).join(", ") || "every status right"}`);

if (verbose) {
  for (const p of pages) {
    if (p.score.missed.length === 0 && p.score.spurious.length === 0) continue;
    console.log(`\n## ${p.file} (${p.score.found}/${p.score.truthPrices}, status ${p.card.status})`);
    for (const m of p.score.missed.slice(0, 15)) console.log(`  missed ${m.model} | ${m.dimension} | ${m.tier} | ${m.contextAbove ?? ""} | ${m.usdPer1M}`);
    for (const s of p.score.spurious.slice(0, 10)) console.log(`  spurious ${s.model} | ${s.dimension} | ${s.tier} | ${s.contextAbove ?? ""} | ${s.usdPer1M}`);
  }
  for (const p of pairs) {
    if (p.score.missed.length === 0 && p.score.spurious.length === 0) continue;
    console.log(`\n## ${p.old} → ${p.new} (${p.score.matched}/${p.score.truthEvents}, ${p.score.reported} reported)`);
    for (const m of p.score.missed.slice(0, 15)) console.log(`  missed ${m.kind} ${m.model} ${m.dimension ?? ""} ${m.tier ?? ""} ${m.old ?? ""}→${m.new ?? ""}`);
    for (const s of p.score.spurious.slice(0, 15)) console.log(`  spurious ${s.kind} ${s.model} ${s.dimension ?? ""} ${s.tier ?? ""} ${s.old ?? ""}→${s.new ?? ""}`);
  }
}

if (save) {
  // One file per corpus and day: the main corpus keeps the plain name, any other adds its folder's name.
  const named = dirs.map((d) => path.basename(d)).filter((name) => name !== "corpus");
  const out = path.join(root, "bench/results", `pricing-scorecard-${new Date().toISOString().slice(0, 10)}${named.length > 0 ? `-${named.join("-")}` : ""}.json`);
  writeFileSync(out, `${JSON.stringify({ corpus: dirs.map((d) => path.relative(root, d)), prices: totalPrices, events: totalEvents,
    pages: pages.map((p) => ({ file: path.relative(root, path.join(p.dir, p.file)), provider: p.truth.provider, layout: p.truth.layout, format: p.truth.format, status: p.card.status, truth: p.score.truthPrices, found: p.score.found, checked: p.score.checked, spurious: p.score.spurious.length })),
    pairs: pairs.map((p) => ({ old: p.old, new: p.new, provider: p.provider, truth: p.score.truthEvents, reported: p.score.reported, matched: p.score.matched, gaps: p.gaps })) }, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(root, out)}`);
}
