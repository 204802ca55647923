// Collection of GitHub repository sources: basic metrics (GraphQL, 50 repositories a request, or REST
// without a token), contributors (REST: GraphQL has no count), and the star history (REST stargazers).
// Every collection leaves a check row: "changed" with its samples, or "failed" with a clear error.
import { parseGithubRepo } from "@ratecard/core/traction";
import { recordCheckResult, recordCollection, type Check, type Db, type MetricSampleInput, type Source } from "@ratecard/db";
import { collectStarHistory } from "../collect/collect-star-history";
import type { GithubClient } from "../collect/create-github-client";
import { GithubApiError, GithubRateLimitError } from "../collect/github-errors";
import { GRAPHQL_BATCH_SIZE } from "../collect/repo-batch-query";
import type { RepoBasics, RepoRef } from "../collect/types";
import { withRateLimit } from "../collect/with-rate-limit";

export interface CollectRepoDeps {
  db: Db;
  github: GithubClient;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  /** Longest rate-limit wait to sleep through before saving progress and stopping (default 5 minutes). */
  maxWaitMs?: number;
}

export interface CollectionSummary {
  source: Source;
  check: Check;
  /** Metric samples written: the collection's values plus daily star-history points. */
  samples: number;
  /** Things the check does not show: a metric GitHub would not give, a paused star history. */
  notes: string[];
  /** True when the failure may pass on a retry (5xx, network). */
  retryable: boolean;
}

export interface CollectReposResult {
  results: CollectionSummary[];
  /** HTTP requests this call made. */
  requests: { rest: number; graphql: number; total: number };
}

const DAY_MS = 86_400_000;

/**
 * One repository (the job handler for a single source). With `retryLater`, a failure that may pass
 * (5xx, network) is thrown instead of recorded, so the queue's retry records the slot's one check.
 */
export async function collectRepo(deps: CollectRepoDeps, source: Source, options: { slotAt?: Date | null; retryLater?: boolean } = {}): Promise<CollectionSummary> {
  const { results } = await collectRepos(deps, [source], options);
  return results[0] as CollectionSummary;
}

/**
 * Many repositories: the basic metrics of 50 at a time in one GraphQL request, REST only for what
 * GraphQL lacks. `slots` gives each source's scheduler slot (sources in one batch can have different schedules).
 */
export async function collectRepos(
  deps: CollectRepoDeps,
  sources: readonly Source[],
  options: { slotAt?: Date | null; slots?: ReadonlyMap<string, Date | null>; retryLater?: boolean } = {},
): Promise<CollectReposResult> {
  const before = deps.github.requests();
  const results: CollectionSummary[] = [];
  const slotOf = (source: Source) => options.slots?.get(source.id) ?? options.slotAt ?? null;
  const valid: { source: Source; repo: RepoRef }[] = [];
  for (const source of sources) {
    const repo = source.kind === "github_repo" ? parseGithubRepo(source.url) : null;
    if (repo) {
      valid.push({ source, repo });
      continue;
    }
    const message = source.kind === "github_repo"
      ? `github_repo source URL '${source.url}' is not a GitHub repository: expected https://github.com/OWNER/NAME`
      : `${source.kind} sources are not GitHub repositories`;
    results.push(await fail(deps, source, deps.now(), slotOf(source), new GithubApiError(message, null, false)));
  }

  if (deps.github.canUseGraphql) {
    for (let i = 0; i < valid.length; i += GRAPHQL_BATCH_SIZE) {
      const batch = valid.slice(i, i + GRAPHQL_BATCH_SIZE);
      const startedAt = deps.now();
      let answers: (RepoBasics | GithubApiError)[];
      try {
        answers = await withRateLimit(deps, "graphql", () => deps.github.getRepos(batch.map((b) => b.repo), new Date(startedAt.getTime() - 30 * DAY_MS)));
      } catch (error) {
        for (const { source } of batch) results.push(await fail(deps, source, startedAt, slotOf(source), error, options.retryLater));
        continue;
      }
      for (const [j, { source, repo }] of batch.entries()) {
        const answer = answers[j];
        if (!answer || answer instanceof Error) results.push(await fail(deps, source, startedAt, slotOf(source), answer ?? new Error("no answer"), options.retryLater));
        // The batch's request is the first repository's; the others' checks time their own REST work.
        else results.push(await completeRepo(deps, { source, repo, basics: answer, startedAt: j === 0 ? startedAt : deps.now(), slotAt: slotOf(source), viaRest: false }));
      }
    }
  } else {
    for (const { source, repo } of valid) {
      const startedAt = deps.now();
      let basics: RepoBasics;
      try {
        basics = await withRateLimit(deps, "core", () => deps.github.getRepo(repo));
      } catch (error) {
        results.push(await fail(deps, source, startedAt, slotOf(source), error, options.retryLater));
        continue;
      }
      results.push(await completeRepo(deps, { source, repo, basics, startedAt, slotAt: slotOf(source), viaRest: true }));
    }
  }

  const after = deps.github.requests();
  const order = new Map(sources.map((s, i) => [s.id, i]));
  results.sort((a, b) => (order.get(a.source.id) ?? 0) - (order.get(b.source.id) ?? 0));
  return { results, requests: { rest: after.rest - before.rest, graphql: after.graphql - before.graphql, total: after.total - before.total } };
}

/** The REST parts for one repository whose basic metrics are known, then its samples and check. */
async function completeRepo(
  deps: CollectRepoDeps,
  input: { source: Source; repo: RepoRef; basics: RepoBasics; startedAt: Date; slotAt: Date | null; viaRest: boolean },
): Promise<CollectionSummary> {
  const { source, repo, startedAt, slotAt } = input;
  let basics = input.basics;
  const notes: string[] = [];
  const name = `${repo.owner}/${repo.name}`;
  if (basics.fullName.toLowerCase() !== name.toLowerCase()) notes.push(`${name} is now ${basics.fullName}: update the source URL`);
  // A metric GitHub will not give (a contributor list too large to count, a rate limit) is left out, not fatal.
  const optional = async <T>(what: string, call: () => Promise<T>): Promise<T | null> => {
    try {
      return await withRateLimit(deps, "core", call);
    } catch (error) {
      notes.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  };
  const at = deps.now();
  if (input.viaRest) {
    const releases = await optional("releases", () => deps.github.getReleases(repo));
    const branch = basics.defaultBranch;
    const commits = branch ? await optional("commits_30d", () => deps.github.countCommits(repo, branch, new Date(at.getTime() - 30 * DAY_MS))) : 0;
    basics = { ...basics, ...(releases ?? {}), commits30d: commits };
  }
  const contributors = await optional("contributors", () => deps.github.countContributors(repo));
  const samples = basicSamples(basics, contributors, at);

  let historyPoints = 0;
  try {
    const history = await collectStarHistory(deps, { source, repo, basics, at });
    historyPoints = history.points;
    if (history.estimated > 0) notes.push(`star history: GitHub lists only the first 40,000 stargazers; ${history.estimated} days estimated up to today's ${basics.stars}`);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    notes.push(`star history paused (what was read is saved; the next collection resumes): ${why}`);
    if (!(error instanceof GithubApiError)) throw error;
  }

  const check = await recordCollection(deps.db, {
    sourceId: source.id,
    startedAt,
    finishedAt: deps.now(),
    slotAt,
    httpStatus: 200,
    finalUrl: `https://github.com/${basics.fullName}`,
    samples,
  });
  return { source, check, samples: samples.length + historyPoints, notes, retryable: false };
}

function basicSamples(basics: RepoBasics, contributors: number | null, at: Date): MetricSampleInput[] {
  const samples: MetricSampleInput[] = [
    { metric: "stars", value: basics.stars, at },
    { metric: "forks", value: basics.forks, at },
    { metric: "open_issues", value: basics.openIssues, at, meta: basics.openPullRequests === null ? null : { pullRequests: basics.openPullRequests } },
    { metric: "watchers", value: basics.watchers, at },
  ];
  if (contributors !== null) samples.push({ metric: "contributors", value: contributors, at });
  if (basics.releases !== null) {
    samples.push({
      metric: "releases",
      value: basics.releases,
      at,
      meta: {
        latestTag: basics.latestRelease?.tag ?? null,
        latestPublishedAt: basics.latestRelease?.publishedAt ?? null,
        ...(basics.firstRelease ? { firstTag: basics.firstRelease.tag, firstPublishedAt: basics.firstRelease.publishedAt } : {}),
      },
    });
  }
  if (basics.commits30d !== null) samples.push({ metric: "commits_30d", value: basics.commits30d, at, meta: { branch: basics.defaultBranch } });
  return samples;
}

async function fail(deps: CollectRepoDeps, source: Source, startedAt: Date, slotAt: Date | null, error: unknown, retryLater = false): Promise<CollectionSummary> {
  const apiError = error instanceof GithubApiError ? error : null;
  const message = error instanceof Error ? error.message : String(error);
  // A rate limit is not retried by the queue: the next scheduled collection resumes after the reset.
  const retryable = apiError ? apiError.retryable && !(apiError instanceof GithubRateLimitError) : true;
  if (retryable && retryLater) throw error instanceof Error ? error : new Error(message);
  const recorded = await recordCheckResult(deps.db, {
    sourceId: source.id,
    startedAt,
    finishedAt: deps.now(),
    slotAt,
    result: { kind: "failed", engine: "api", httpStatus: apiError?.status ?? null, finalUrl: null, error: message },
  });
  return { source, check: recorded.check, samples: 0, notes: [], retryable };
}
