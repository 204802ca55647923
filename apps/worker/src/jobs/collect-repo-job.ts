// The GitHub collection jobs as data: queue names, payload schemas, retry policy and handlers.
// "collect-repo" collects one repository; "collect-repos" collects many in GraphQL batches of 50.
import { findSource } from "@ratecard/db";
import { z } from "zod";
import { collectRepo, collectRepos, type CollectRepoDeps } from "./collect-repo";

export const collectRepoJob = {
  name: "collect-repo",
  payload: z.object({ sourceId: z.string().uuid(), slotAt: z.string().datetime().nullable() }),
  /** Only 5xx and network failures are retried; a rate limit resumes at the next slot from saved state. */
  retry: { retryLimit: 2, retryDelay: 60, retryBackoff: true },
  /** A first star history of a large repository is up to 400 pages, plus rate-limit waits of up to 5 minutes. */
  expireInSeconds: 30 * 60,

  /** A retryable failure is thrown (pg-boss retries it) and recorded only by the last attempt: one check per slot. */
  async handle(deps: CollectRepoDeps, data: unknown, attempt?: { retryCount: number; retryLimit: number }): Promise<{ outcome: string; requests: number }> {
    const { sourceId, slotAt } = collectRepoJob.payload.parse(data);
    const source = await findSource(deps.db, sourceId);
    if (!source || !source.enabled) return { outcome: "skipped", requests: 0 };
    const before = deps.github.requests().total;
    const summary = await collectRepo(deps, source, { slotAt: slotAt ? new Date(slotAt) : null, retryLater: attempt ? attempt.retryCount < attempt.retryLimit : false });
    if (summary.retryable) throw new Error(summary.check.error ?? "collection failed");
    return { outcome: summary.check.outcome, requests: deps.github.requests().total - before };
  },
};

export const collectReposJob = {
  name: "collect-repos",
  /** The sources this scheduler tick claimed, each with its own slot. */
  payload: z.object({ items: z.array(z.object({ sourceId: z.string().uuid(), slotAt: z.string().datetime().nullable() })).min(1).max(500) }),
  /** Not retried as a whole: each repository's failure is its own check, and the next slot tries again. */
  retry: { retryLimit: 0, retryDelay: 60, retryBackoff: false },
  expireInSeconds: 60 * 60,

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

export type CollectRepoPayload = z.infer<typeof collectRepoJob.payload>;
export type CollectReposPayload = z.infer<typeof collectReposJob.payload>;
