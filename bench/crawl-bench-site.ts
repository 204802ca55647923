// ratecard's fetch layer on ../shared/bench-site, in the harness's crawler protocol: reads the manifest
// (BENCH_MANIFEST), fetches every listed URL with the page fetcher in auto mode (HTTP first, Chromium
// for pages whose HTML shows no price), normalises the text, and writes one JSON line per page to
// BENCH_OUT. Prices are read with the harness's own `$` regex so the score compares fetching only.
import { readFileSync, writeFileSync } from "node:fs";
import { normalizePageText } from "@ratecard/core";
import { readEnv } from "@ratecard/worker/env";
import { createFetcher, FetchError } from "@ratecard/worker/fetch";

const started = performance.now();
const manifestPath = process.env.BENCH_MANIFEST;
const out = process.env.BENCH_OUT;
if (!manifestPath || !out) {
  console.error("usage: BENCH_MANIFEST=manifest.json BENCH_OUT=results.jsonl tsx crawl-bench-site.ts");
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { pages: { url: string }[] };
const lanes = Number(process.env.CONCURRENCY ?? 8);
const env = readEnv({
  ...process.env,
  RATECARD_ALLOW_PRIVATE_HOSTS: "1",
  RATECARD_BROWSER_CONCURRENCY: process.env.RATECARD_BROWSER_CONCURRENCY ?? "4",
});
const fetcher = createFetcher(env);

function extractPrices(text: string): number[] {
  const re = /\$\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/g;
  return [...text.matchAll(re)].map((m) => Number((m[1] ?? "").replace(/,/g, "")));
}

const records: object[] = [];
const crawlStart = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: lanes }, async () => {
    while (next < manifest.pages.length) {
      const url = manifest.pages[next++]!.url;
      const t0 = performance.now();
      try {
        const page = await fetcher.fetch({ url, kind: "page", fetchMode: "auto" });
        const text = normalizePageText({ body: page.body, contentType: page.contentType });
        records.push({ url, finalUrl: page.finalUrl, status: page.status, engine: page.engine, prices: extractPrices(text), ms: Math.round(performance.now() - t0) });
      } catch (error) {
        const e = error instanceof FetchError ? error : null;
        records.push({ url, status: e?.status ?? null, outcome: e?.kind ?? "error", prices: [], error: String((error as Error).message).slice(0, 200), ms: Math.round(performance.now() - t0) });
      }
    }
  }),
);
const crawlMs = performance.now() - crawlStart;
await fetcher.stop();
const engines = records.reduce<Record<string, number>>((acc, r) => {
  const key = (r as { engine?: string; outcome?: string }).engine ?? (r as { outcome?: string }).outcome ?? "?";
  acc[key] = (acc[key] ?? 0) + 1;
  return acc;
}, {});
records.push({ type: "summary", crawler: "ratecard", crawlMs: Math.round(crawlMs), totalMs: Math.round(performance.now()), importMs: Math.round(crawlStart - started), engines });
writeFileSync(out, records.map((r) => JSON.stringify(r)).join("\n") + "\n");
console.log(`ratecard: ${manifest.pages.length} pages in ${(crawlMs / 1000).toFixed(2)} s crawl; engines ${JSON.stringify(engines)}`);
