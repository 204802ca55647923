// The GitHub collection jobs' handlers, beside their definitions (names, payloads, retry policy) from @ratecard/queue.
// "collect-repo" collects one repository; "collect-repos" collects many in GraphQL batches of 50.
import { findSource } from "@ratecard/db";
import { collectRepoJob as repoDefinition, collectReposJob as reposDefinition, type SourceSlotPayload } from "@ratecard/queue";
import { collectRepo, collectRepos, type CollectRepoDeps } from "./collect-repo";

export const collectRepoJob = {
  ...repoDefinition,

  /** A retryable failure is thrown (pg-boss retries it) and recorded only by the last attempt: one check per slot. */
  async handle(deps: CollectRepoDeps, data: unknown, attempt?: { retryCount: number; retryLimit: number }): Promise<{ outcome: string; requests: number; checkId?: string }> {
    const { sourceId, slotAt } = collectRepoJob.payload.parse(data);
    const source = await findSource(deps.db, sourceId);
    if (!source || !source.enabled) return { outcome: "skipped", requests: 0 };
    const before = deps.github.requests().total;
    const summary = await collectRepo(deps, source, { slotAt: slotAt ? new Date(slotAt) : null, retryLater: attempt ? attempt.retryCount < attempt.retryLimit : false });
    if (summary.retryable) throw new Error(summary.check.error ?? "collection failed");
    return { outcome: summary.check.outcome, requests: deps.github.requests().total - before, checkId: summary.check.id };
  },
};

export const collectReposJob = {
  ...reposDefinition,

  async handle(deps: CollectRepoDeps, data: unknown): Promise<{ outcome: string; requests: number }> {
    const { items } = collectReposJob.payload.parse(data);
    const sources = await deps.db.source.findMany({ where: { id: { in: items.map((i) => i.sourceId) }, enabled: true, kind: "github_repo" } });
    if (sources.length === 0) return { outcome: "skipped", requests: 0 };
    const slots = new Map(items.map((i) => [i.sourceId, i.slotAt ? new Date(i.slotAt) : null]));
    const { results, requests } = await collectRepos(deps, sources, { slots });
    const counts = new Map<string, number>();
    for (const r of results) counts.set(r.check.outcome, (counts.get(r.check.outcome) ?? 0) + 1);
    return { outcome: [...counts].map(([outcome, n]) => `${n} ${outcome}`).join(", "), requests: requests.total };
  },
};

export type CollectRepoPayload = SourceSlotPayload;
export type CollectReposPayload = { items: SourceSlotPayload[] };
