// GitHub through octokit: the few REST and GraphQL calls the collectors need, with every HTTP request
// counted and the rate-limit headers remembered, and GitHub's errors turned into GithubApiError kinds.
// The client never waits: waiting (and saving progress first) is the collector's decision.
import { Octokit } from "@octokit/core";
import { GithubApiError, GithubNotFoundError, GithubRateLimitError } from "./github-errors";
import { parseLinkHeader } from "./parse-link-header";
import { buildRepoBatchQuery, type RepoBatchNode } from "./repo-batch-query";
import type { RateLimitResource, RepoBasics, RepoRef, StargazersPage } from "./types";

export interface GithubClientOptions {
  /** GITHUB_API_URL; default https://api.github.com. */
  apiUrl?: string | undefined;
  /** GITHUB_TOKEN: needed for GraphQL, and raises the REST limit from 60 to 5,000 requests an hour. */
  token?: string | undefined;
  /** Stargazers per page (GitHub allows up to 100). */
  perPage?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export interface GithubClient {
  /** GraphQL needs a token; without one the collectors use REST only. */
  readonly canUseGraphql: boolean;
  readonly perPage: number;
  /** HTTP requests made so far (every attempt, including failed ones). */
  requests(): { rest: number; graphql: number; total: number };
  /** Milliseconds until the resource's limit resets when the last response said none are left, else 0. */
  rateLimitWaitMs(resource: RateLimitResource, now: Date): number;
  clearRateLimit(resource: RateLimitResource): void;
  /** The basic metrics of up to 50 repositories in one GraphQL request, in the order asked; a missing repository is its error. */
  getRepos(repos: readonly RepoRef[], since: Date): Promise<(RepoBasics | GithubApiError)[]>;
  /** GET /repos/{owner}/{repo}: counts, creation, default branch. Releases and commits are not filled in. */
  getRepo(repo: RepoRef): Promise<RepoBasics>;
  /** Release count and the newest release (REST, one request). */
  getReleases(repo: RepoRef): Promise<{ releases: number; latestRelease: RepoBasics["latestRelease"] }>;
  /** Commits on `branch` since `since` (REST, one request). */
  countCommits(repo: RepoRef, branch: string, since: Date): Promise<number>;
  /** Contributors including anonymous ones (REST, one request; GraphQL has no such count). */
  countContributors(repo: RepoRef): Promise<number>;
  /** One page of stargazers with starred_at, oldest first. */
  getStargazersPage(repo: RepoRef, page: number): Promise<StargazersPage>;
}

interface RestRepo {
  full_name: string;
  created_at: string;
  default_branch?: string | null;
  stargazers_count: number;
  forks_count: number;
  open_issues_count: number;
  subscribers_count?: number;
}

interface RestRelease {
  tag_name: string;
  published_at: string | null;
}

type Headers = Record<string, string | number | undefined>;

export function createGithubClient(options: GithubClientOptions = {}): GithubClient {
  const perPage = options.perPage ?? 100;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const baseFetch = options.fetch ?? fetch;
  const counts = { rest: 0, graphql: 0 };
  const limits = new Map<string, { remaining: number; resetAt: Date }>();

  const countingFetch: typeof fetch = async (input, init) => {
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    const resource: RateLimitResource = url.pathname.endsWith("/graphql") ? "graphql" : "core";
    counts[resource === "graphql" ? "graphql" : "rest"]++;
    const response = await baseFetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) });
    const remaining = response.headers.get("x-ratelimit-remaining");
    const reset = response.headers.get("x-ratelimit-reset");
    if (remaining !== null && reset !== null && /^\d+$/.test(remaining) && /^\d+$/.test(reset)) {
      limits.set(response.headers.get("x-ratelimit-resource") === "graphql" ? "graphql" : resource, { remaining: Number(remaining), resetAt: new Date(Number(reset) * 1000) });
    }
    return response;
  };

  const octokit = new Octokit({
    ...(options.apiUrl ? { baseUrl: options.apiUrl.replace(/\/+$/, "") } : {}),
    ...(options.token ? { auth: options.token } : {}),
    userAgent: "ratecard",
    request: { fetch: countingFetch },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });

  const rest = async <T>(route: string, params: Record<string, unknown>, repo: RepoRef): Promise<{ data: T; headers: Headers; status: number }> => {
    try {
      const response = await octokit.request(route, { ...params, headers: { "x-github-api-version": "2022-11-28", ...(params.headers as object | undefined) } });
      return { data: response.data as T, headers: response.headers as Headers, status: response.status };
    } catch (error) {
      throw toGithubError(error, repo);
    }
  };

  const countFromLinks = (headers: Headers, items: unknown[]): number => {
    // With per_page=1 the number of the last page is the number of items.
    const last = parseLinkHeader(String(headers.link ?? "")).get("last")?.page;
    return last ?? items.length;
  };

  return {
    canUseGraphql: Boolean(options.token),
    perPage,
    requests: () => ({ ...counts, total: counts.rest + counts.graphql }),
    rateLimitWaitMs(resource, now) {
      const limit = limits.get(resource);
      if (!limit || limit.remaining > 0) return 0;
      return Math.max(0, limit.resetAt.getTime() - now.getTime() + 1000);
    },
    clearRateLimit(resource) {
      limits.delete(resource);
    },

    async getRepos(repos, since) {
      const { query, variables } = buildRepoBatchQuery(repos, since);
      let data: Record<string, RepoBatchNode | null> | null;
      let errors: { type?: string; path?: (string | number)[]; message?: string }[] = [];
      let headers: Headers = {};
      try {
        data = await octokit.graphql<Record<string, RepoBatchNode | null>>(query, variables);
      } catch (error) {
        const partial = error as { name?: string; data?: Record<string, RepoBatchNode | null>; errors?: typeof errors; headers?: Headers };
        if (partial.name !== "GraphqlResponseError") throw toGithubError(error, null);
        data = partial.data ?? null;
        errors = partial.errors ?? [];
        headers = partial.headers ?? {};
      }
      const rateLimited = errors.find((e) => e.type === "RATE_LIMITED");
      if (rateLimited) throw rateLimitError(`GitHub GraphQL rate limit reached: ${rateLimited.message ?? ""}`.trim(), 200, headers);
      const result = repos.map((repo, i): RepoBasics | GithubApiError => {
        const alias = `r${i}`;
        const node = data?.[alias];
        const error = errors.find((e) => e.path?.[0] === alias);
        if (node) return fromGraphql(node);
        if (!error || error.type === "NOT_FOUND") return new GithubNotFoundError(`${repo.owner}/${repo.name}`);
        return new GithubApiError(`GitHub GraphQL error for ${repo.owner}/${repo.name}: ${error.message ?? error.type ?? "unknown"}`, null, false);
      });
      // Errors without a repository path (a bad query, a server problem) fail the whole batch.
      const general = errors.find((e) => typeof e.path?.[0] !== "string" || !/^r\d+$/.test(String(e.path[0])));
      if (general && (!data || repos.every((_, i) => !data?.[`r${i}`]))) {
        throw new GithubApiError(`GitHub GraphQL error: ${general.message ?? general.type ?? "unknown"}`, null, true);
      }
      return result;
    },

    async getRepo(repo) {
      const { data } = await rest<RestRepo>("GET /repos/{owner}/{repo}", { owner: repo.owner, repo: repo.name }, repo);
      return {
        fullName: data.full_name,
        createdAt: new Date(data.created_at),
        defaultBranch: data.default_branch ?? null,
        stars: data.stargazers_count,
        forks: data.forks_count,
        openIssues: data.open_issues_count,
        openPullRequests: null,
        watchers: data.subscribers_count ?? 0,
        releases: null,
        latestRelease: null,
        firstRelease: null,
        commits30d: null,
      };
    },

    async getReleases(repo) {
      const { data, headers } = await rest<RestRelease[]>("GET /repos/{owner}/{repo}/releases", { owner: repo.owner, repo: repo.name, per_page: 1 }, repo);
      const latest = data[0];
      return { releases: countFromLinks(headers, data), latestRelease: latest ? { tag: latest.tag_name, publishedAt: latest.published_at } : null };
    },

    async countCommits(repo, branch, since) {
      try {
        const { data, headers } = await rest<unknown[]>("GET /repos/{owner}/{repo}/commits", { owner: repo.owner, repo: repo.name, sha: branch, since: since.toISOString(), per_page: 1 }, repo);
        return countFromLinks(headers, data);
      } catch (error) {
        // 409: the repository is empty.
        if (error instanceof GithubApiError && error.status === 409) return 0;
        throw error;
      }
    },

    async countContributors(repo) {
      const { data, headers, status } = await rest<unknown[] | "">("GET /repos/{owner}/{repo}/contributors", { owner: repo.owner, repo: repo.name, per_page: 1, anon: "true" }, repo);
      // 204: an empty repository has no contributors.
      if (status === 204 || !Array.isArray(data)) return 0;
      return countFromLinks(headers, data);
    },

    async getStargazersPage(repo, page) {
      try {
        const { data, headers } = await rest<{ starred_at?: string }[]>(
          "GET /repos/{owner}/{repo}/stargazers",
          { owner: repo.owner, repo: repo.name, per_page: perPage, page, headers: { accept: "application/vnd.github.star+json" } },
          repo,
        );
        const starredAt = data.map((item) => {
          if (typeof item.starred_at !== "string") throw new GithubApiError(`GitHub listed stargazers of ${repo.owner}/${repo.name} without starred_at (the star+json media type was ignored)`, 200, false);
          return new Date(item.starred_at);
        });
        return { starredAt, hasNext: parseLinkHeader(String(headers.link ?? "")).has("next"), capped: false };
      } catch (error) {
        // "In order to keep the API fast for everyone, pagination is limited for this resource."
        if (error instanceof GithubApiError && error.status === 422) return { starredAt: [], hasNext: false, capped: true };
        throw error;
      }
    },
  };
}

function fromGraphql(node: RepoBatchNode): RepoBasics {
  const release = (r: { tagName: string; publishedAt: string | null; createdAt: string } | undefined) => (r ? { tag: r.tagName, publishedAt: r.publishedAt ?? r.createdAt } : null);
  return {
    fullName: node.nameWithOwner,
    createdAt: new Date(node.createdAt),
    defaultBranch: node.defaultBranchRef?.name ?? null,
    stars: node.stargazerCount,
    forks: node.forkCount,
    openIssues: node.openIssues.totalCount + node.openPullRequests.totalCount,
    openPullRequests: node.openPullRequests.totalCount,
    watchers: node.watchers.totalCount,
    releases: node.latestReleases.totalCount,
    latestRelease: release(node.latestReleases.nodes[0]),
    firstRelease: release(node.firstReleases.nodes[0]),
    commits30d: node.defaultBranchRef ? node.defaultBranchRef.target?.history?.totalCount ?? 0 : null,
  };
}

function toGithubError(error: unknown, repo: RepoRef | null): GithubApiError {
  if (error instanceof GithubApiError) return error;
  const e = error as { status?: number; message?: string; response?: { headers?: Headers; data?: unknown } };
  const status = typeof e.status === "number" ? e.status : null;
  const headers = e.response?.headers ?? {};
  const message = e.message ?? String(error);
  const name = repo ? `${repo.owner}/${repo.name}` : "GitHub";
  if ((status === 403 || status === 429) && (headers["x-ratelimit-remaining"] === "0" || headers["retry-after"] !== undefined || /rate limit/i.test(message))) {
    return rateLimitError(`GitHub rate limit reached (${status}): ${message}`, status, headers);
  }
  if (status === 404 && repo) return new GithubNotFoundError(name);
  if (status === 401) return new GithubApiError(`GitHub refused the token (401): check GITHUB_TOKEN`, 401, false);
  // octokit reports network failures and time-outs as status 500 without a response.
  const retryable = status === null || status >= 500 || !e.response;
  return new GithubApiError(`GitHub ${name}: ${message}${status ? ` (${status})` : ""}`, status, retryable);
}

function rateLimitError(message: string, status: number | null, headers: Headers): GithubRateLimitError {
  const reset = Number(headers["x-ratelimit-reset"]);
  const retryAfter = Number(headers["retry-after"]);
  return new GithubRateLimitError(
    message,
    status,
    Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : null,
    headers["retry-after"] !== undefined && Number.isFinite(retryAfter) ? retryAfter * 1000 : null,
  );
}
