import { previousSlot } from "@ratecard/core";
import { findSource, listSources, type Db, type Source } from "@ratecard/db";
import cliProgress from "cli-progress";
import type { Env } from "../env";
import { createFetcher } from "../fetch/create-fetcher";
import { checkSource, type CheckSummary } from "../jobs/check-source";
import { UserError } from "../user-error";
import { printTable } from "./print-table";
import { withRuntime } from "./with-runtime";

export async function check(env: Env, options: { source?: string; all?: boolean; json?: boolean }): Promise<void> {
  if (options.source && options.all) throw new UserError("give either --source ID or --all, not both");
  await withRuntime(env, async ({ db }) => {
    let sources: Source[];
    if (options.source) {
      const source = await findSource(db, options.source);
      if (!source) throw new UserError(`no source with id '${options.source}': see \`ratecard sources list\``);
      sources = [source];
    } else {
      const enabled = await listSources(db, { enabledOnly: true });
      sources = options.all ? enabled : await dueSources(db, enabled, new Date());
    }
    sources = sources.filter((s) => s.kind === "page" || s.kind === "registry");
    if (sources.length === 0) {
      console.log(options.all || options.source ? "nothing to check" : "no checks are due (use --all to check every source now)");
      return;
    }

    const fetcher = createFetcher(env);
    const deps = { db, fetcher, now: () => new Date() };
    const progress = !options.json && process.stderr.isTTY && sources.length > 1
      ? new cliProgress.SingleBar({ format: "checking {bar} {value}/{total} {name}", stream: process.stderr }, cliProgress.Presets.shades_classic)
      : null;
    progress?.start(sources.length, 0, { name: "" });
    const results: { source: Source; summary: CheckSummary }[] = [];
    try {
      await runPool(sources, env.RATECARD_WORKER_CONCURRENCY, async (source) => {
        const summary = await checkSource(deps, source);
        results.push({ source, summary });
        if (progress) progress.increment(1, { name: source.name });
        else if (!options.json && sources.length > 1) console.error(`[${results.length}/${sources.length}] ${source.name}: ${summary.check.outcome}`);
      });
    } finally {
      progress?.stop();
      await fetcher.stop();
    }
    results.sort((a, b) => a.source.name.localeCompare(b.source.name));
    if (options.json) {
      console.log(JSON.stringify(results.map(({ source, summary }) => ({ name: source.name, ...summary.check })), null, 2));
      return;
    }
    printTable(
      ["source", "outcome", "ms", "detail"],
      results.map(({ source, summary }) => [
        `${source.id.slice(0, 8)} ${source.name}`,
        summary.check.outcome,
        summary.check.durationMs,
        summary.check.error ?? (summary.check.outcome === "changed" ? "new snapshot" : ""),
      ]),
    );
    const counts = new Map<string, number>();
    for (const { summary } of results) counts.set(summary.check.outcome, (counts.get(summary.check.outcome) ?? 0) + 1);
    console.log([...counts].map(([outcome, n]) => `${n} ${outcome}`).join(", "));
  });
}

/** Sources never checked, or not checked since their latest scheduled slot. */
async function dueSources(db: Db, sources: Source[], now: Date): Promise<Source[]> {
  const last = await db.check.groupBy({ by: ["sourceId"], _max: { startedAt: true } });
  const lastBySource = new Map(last.map((row) => [row.sourceId, row._max.startedAt]));
  return sources.filter((source) => {
    const lastCheck = lastBySource.get(source.id);
    return !lastCheck || lastCheck < previousSlot(source.schedule, now);
  });
}

async function runPool<T>(items: T[], concurrency: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await run(item);
    }
  });
  await Promise.all(lanes);
}
