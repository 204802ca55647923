import { previousSlot } from "@ratecard/core";
import { findSource, listSources, type Check, type Db, type Source } from "@ratecard/db";
import cliProgress from "cli-progress";
import type { Env } from "../env";
import { createFetcher } from "../fetch/create-fetcher";
import { createDiscordClient } from "../collect/create-discord-client";
import { createGithubClient } from "../collect/create-github-client";
import { checkSource } from "../jobs/check-source";
import { collectDiscord } from "../jobs/collect-discord";
import { collectRepos } from "../jobs/collect-repo";
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
    if (sources.length === 0) {
      console.log(options.all || options.source ? "nothing to check" : "no checks are due (use --all to check every source now)");
      return;
    }

    const fetcher = createFetcher(env);
    const now = () => new Date();
    const deps = { db, fetcher, now };
    const repos = sources.filter((s) => s.kind === "github_repo");
    const github = createGithubClient({ apiUrl: env.GITHUB_API_URL, token: env.GITHUB_TOKEN, timeoutMs: env.RATECARD_FETCH_TIMEOUT_MS });
    const discord = createDiscordClient({ apiUrl: env.DISCORD_API_URL, timeoutMs: env.RATECARD_FETCH_TIMEOUT_MS });
    const progress = !options.json && process.stderr.isTTY && sources.length > 1
      ? new cliProgress.SingleBar({ format: "checking {bar} {value}/{total} {name}", stream: process.stderr }, cliProgress.Presets.shades_classic)
      : null;
    progress?.start(sources.length, 0, { name: "" });
    const results: { source: Source; summary: { check: Check } }[] = [];
    const report = (source: Source, summary: { check: Check }) => {
      results.push({ source, summary });
      if (progress) progress.increment(1, { name: source.name });
      else if (!options.json && sources.length > 1) console.error(`[${results.length}/${sources.length}] ${source.name}: ${summary.check.outcome}`);
    };
    try {
      // Repositories go together: their basic metrics come 50 to a GraphQL request.
      if (repos.length > 0) {
        const collected = await collectRepos({ db, github, now, sleep: (ms) => new Promise((r) => setTimeout(r, ms)), maxWaitMs: 60_000 }, repos);
        for (const summary of collected.results) report(summary.source, summary);
      }
      await runPool(sources.filter((s) => s.kind !== "github_repo"), env.RATECARD_WORKER_CONCURRENCY, async (source) => {
        const summary = source.kind === "discord_invite" ? await collectDiscord({ db, discord, now }, source) : await checkSource(deps, source);
        report(source, summary);
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
        summary.check.error ?? (summary.check.outcome !== "changed" ? "" : summary.check.engine === "api" ? "new metrics" : "new snapshot"),
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
