// A local stand-in for api.github.com (node:http), serving the real recorded responses in
// ../shared/fixtures/github, and pages derived from them: stargazers (with starred_at when asked
// for application/vnd.github.star+json), contributors, releases, commits and subscribers, each paged
// with GitHub's Link header; GitHub's 400-page stargazer limit (422 beyond it, at a page count the
// test chooses); rate-limit answers (403/429 with x-ratelimit-* and retry-after); 404 repositories;
// and POST /graphql answering batched `rN: repository(owner: $oN, name: $nN)` queries from the same data.
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { FIXTURES_DIR } from "./fixture-server";

const GITHUB = path.join(FIXTURES_DIR, "github");

export function githubFixture<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(path.join(GITHUB, name), "utf8")) as T;
}

type Json = Record<string, unknown>;

export interface FakeRepo {
  /** The REST repository object (a fixture, or one derived from it). */
  repo: Json;
  /** Stargazers oldest first, as the star+json media type returns them. */
  stargazers: { starred_at: string; user: Json }[];
  /** stargazers_count when it is more than the list holds (GitHub's listing limit); default: the list's length. */
  stargazerCount?: number;
  releases: Json[];
  contributors: Json[];
  subscribers: Json[];
  /** Commits on the default branch in the last 30 days (no commit fixture exists: only the count matters). */
  commits30d: number;
  openPullRequests: number;
  /** Recorded response headers replayed on GET /repos/{owner}/{repo} (octokit nock scenarios). */
  recordedHeaders?: Record<string, string>;
}

export interface RateLimitRule {
  /** Which requests get the rate-limit answer (default: any). */
  match?: (request: { method: string; pathname: string; query: URLSearchParams }) => boolean;
  /** How many matching requests in a row (default 1). */
  times?: number;
  status?: 403 | 429;
  resetAt: Date;
  retryAfterSeconds?: number;
}

export interface LoggedRequest {
  method: string;
  pathname: string;
  query: URLSearchParams;
  accept: string;
  authorization: string | undefined;
}

export interface FakeGithub {
  url: string;
  addRepo(fullName: string, repo: FakeRepo): FakeRepo;
  repo(fullName: string): FakeRepo;
  /** GitHub refuses stargazer pages after this one with 422 (GitHub: 400). */
  maxStargazerPages: number;
  rateLimit(rule: RateLimitRule): void;
  log: LoggedRequest[];
  count(filter: (request: LoggedRequest) => boolean): number;
  close(): Promise<void>;
}

const REPO_PATH = /^\/repos\/([^/]+)\/([^/]+)(?:\/(stargazers|contributors|releases|commits|subscribers))?$/;

export async function startFakeGithub(): Promise<FakeGithub> {
  const repos = new Map<string, FakeRepo>();
  const rules: (RateLimitRule & { left: number })[] = [];
  const log: LoggedRequest[] = [];
  const fake: FakeGithub = {
    url: "",
    maxStargazerPages: 400,
    addRepo(fullName, repo) {
      repos.set(fullName.toLowerCase(), repo);
      return repo;
    },
    repo(fullName) {
      const repo = repos.get(fullName.toLowerCase());
      if (!repo) throw new Error(`fake GitHub has no ${fullName}`);
      return repo;
    },
    rateLimit(rule) {
      rules.push({ ...rule, left: rule.times ?? 1 });
    },
    log,
    count: (filter) => log.filter(filter).length,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      const url = new URL(request.url ?? "/", "http://x");
      const method = request.method ?? "GET";
      log.push({ method, pathname: url.pathname, query: url.searchParams, accept: String(request.headers.accept ?? ""), authorization: request.headers.authorization });
      const resource = url.pathname === "/graphql" ? "graphql" : "core";
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        response.writeHead(status, {
          "content-type": "application/json; charset=utf-8",
          "x-ratelimit-limit": "5000",
          "x-ratelimit-remaining": "4999",
          "x-ratelimit-reset": String(Math.floor(Date.parse("2030-01-01T00:00:00Z") / 1000)),
          "x-ratelimit-resource": resource,
          ...headers,
        });
        response.end(payload === undefined ? undefined : JSON.stringify(payload));
      };

      const rule = rules.find((r) => r.left > 0 && (!r.match || r.match({ method, pathname: url.pathname, query: url.searchParams })));
      if (rule) {
        rule.left--;
        send(
          rule.status ?? 403,
          { message: `API rate limit exceeded for 127.0.0.1. (But here's the good news: Authenticated requests get a higher rate limit.)`, documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api" },
          {
            "x-ratelimit-remaining": "0",
            "x-ratelimit-reset": String(Math.floor(rule.resetAt.getTime() / 1000)),
            ...(rule.retryAfterSeconds !== undefined ? { "retry-after": String(rule.retryAfterSeconds) } : {}),
          },
        );
        return;
      }

      if (method === "POST" && url.pathname === "/graphql") {
        if (!request.headers.authorization) return send(401, { message: "This endpoint requires you to be authenticated.", documentation_url: "https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql" });
        return send(200, answerGraphql(repos, JSON.parse(body) as { query: string; variables: Record<string, string> }));
      }

      const match = REPO_PATH.exec(url.pathname);
      const repo = match ? repos.get(`${match[1]}/${match[2]}`.toLowerCase()) : undefined;
      if (!match || !repo || method !== "GET") return send(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest/repos/repos#get-a-repository", status: "404" });
      const perPage = Math.min(100, Number(url.searchParams.get("per_page") ?? 30));
      const page = Math.max(1, Number(url.searchParams.get("page") ?? 1));
      const paged = (items: unknown[], options: { maxPages?: number } = {}) => {
        const lastPage = Math.max(1, Math.ceil(items.length / perPage));
        const reachable = Math.min(lastPage, options.maxPages ?? Infinity);
        const link = (p: number) => {
          const next = new URL(url.pathname, fake.url);
          url.searchParams.forEach((value, key) => next.searchParams.set(key, value));
          next.searchParams.set("page", String(p));
          return next.href;
        };
        const rels: string[] = [];
        if (page < lastPage) rels.push(`<${link(page + 1)}>; rel="next"`, `<${link(reachable)}>; rel="last"`);
        if (page > 1) rels.push(`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`);
        send(200, items.slice((page - 1) * perPage, page * perPage), rels.length ? { link: rels.join(", ") } : {});
      };

      switch (match[3]) {
        case undefined:
          return send(200, { ...repo.repo, stargazers_count: repo.stargazerCount ?? repo.stargazers.length, watchers_count: repo.stargazerCount ?? repo.stargazers.length }, repo.recordedHeaders ?? {});
        case "stargazers": {
          if (page > fake.maxStargazerPages) {
            return send(422, { message: "In order to keep the API fast for everyone, pagination is limited for this resource. Check the rel=last link relation in the Link response header to see how far back you can traverse.", documentation_url: "https://docs.github.com/v3/#pagination" });
          }
          const withDates = /application\/vnd\.github(\.v3)?\.star\+json/.test(String(request.headers.accept));
          return paged(withDates ? repo.stargazers : repo.stargazers.map((s) => s.user), { maxPages: fake.maxStargazerPages });
        }
        case "contributors":
          return repo.contributors.length === 0 ? send(204, undefined) : paged(repo.contributors);
        case "releases":
          return paged(repo.releases);
        case "subscribers":
          return paged(repo.subscribers);
        case "commits": {
          if (repo.commits30d === 0 && repo.repo.size === 0) return send(409, { message: "Git Repository is empty." });
          return paged(Array.from({ length: repo.commits30d }, (_, i) => ({ sha: i.toString(16).padStart(40, "0") })));
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("fake GitHub has no port");
  fake.url = `http://127.0.0.1:${address.port}`;
  return fake;
}

/** Answers the aliases of a batched repository query from the fake's data (fields beyond these are not parsed). */
function answerGraphql(repos: Map<string, FakeRepo>, request: { query: string; variables: Record<string, string> }) {
  const data: Record<string, unknown> = {};
  const errors: unknown[] = [];
  const since = Date.parse(request.variables.since ?? "1970-01-01T00:00:00Z");
  for (const [, alias, ownerVar, nameVar] of request.query.matchAll(/(\w+):\s*repository\(owner:\s*\$(\w+),\s*name:\s*\$(\w+)\)/g)) {
    const owner = request.variables[ownerVar as string] ?? "";
    const name = request.variables[nameVar as string] ?? "";
    const repo = repos.get(`${owner}/${name}`.toLowerCase());
    if (!repo) {
      data[alias as string] = null;
      errors.push({ type: "NOT_FOUND", path: [alias], locations: [{ line: 2, column: 3 }], message: `Could not resolve to a Repository with the name '${owner}/${name}'.` });
      continue;
    }
    const byCreated = [...repo.releases].sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)));
    const node = (r: Json | undefined) => (r ? [{ tagName: r.tag_name, publishedAt: r.published_at ?? null, createdAt: r.created_at }] : []);
    const r = repo.repo;
    data[alias as string] = {
      nameWithOwner: r.full_name,
      createdAt: r.created_at,
      stargazerCount: repo.stargazerCount ?? repo.stargazers.length,
      forkCount: r.forks_count,
      // REST's open_issues_count counts pull requests too; GraphQL lists them apart.
      openIssues: { totalCount: Number(r.open_issues_count) - repo.openPullRequests },
      openPullRequests: { totalCount: repo.openPullRequests },
      watchers: { totalCount: r.subscribers_count ?? 0 },
      latestReleases: { totalCount: repo.releases.length, nodes: node(byCreated[0]) },
      firstReleases: { nodes: node(byCreated.at(-1)) },
      defaultBranchRef: r.default_branch ? { name: r.default_branch, target: { history: { totalCount: Number.isFinite(since) ? repo.commits30d : 0 } } } : null,
    };
  }
  if (/rateLimit\s*\{/.test(request.query)) data.rateLimit = { cost: 1, remaining: 4999, resetAt: "2030-01-01T00:00:00Z" };
  return errors.length > 0 ? { data, errors } : { data };
}

/** The recorded octokit scenario (nock format) for GET /repos/octokit-fixture-org/hello-world, with its real headers. */
export function octokitHelloWorld(): FakeRepo {
  const [entry] = githubFixture<{ path: string; response: Json; rawHeaders: string[] }[]>("github-api__octokit-fixtures__get-repository-raw.json");
  if (!entry) throw new Error("octokit scenario fixture is empty");
  const headers: Record<string, string> = {};
  for (let i = 0; i + 1 < entry.rawHeaders.length; i += 2) {
    const key = (entry.rawHeaders[i] as string).toLowerCase();
    // Length and encoding belong to the recorded body, not to the one this server writes.
    if (key.startsWith("x-ratelimit") || key === "etag" || key === "x-github-media-type" || key === "last-modified") headers[key] = entry.rawHeaders[i + 1] as string;
  }
  return { repo: entry.response, stargazers: [], releases: [], contributors: [], subscribers: [], commits30d: 0, openPullRequests: 0, recordedHeaders: headers };
}

const OPENFRAMEWORKS_STARGAZERS = "github-api__stargazers-page1__openframeworks-openFrameworks__2018-10-26.json";

/**
 * `count` stargazers for a derived repository: the user objects of the real openFrameworks page
 * (logins made unique with a suffix), starred every `everyMs` from `from` (the real page's dates are
 * all one import day, which cannot make a history).
 */
export function deriveStargazers(count: number, from: Date, everyMs: number): FakeRepo["stargazers"] {
  const real = githubFixture<{ user: Json }[]>(OPENFRAMEWORKS_STARGAZERS);
  return Array.from({ length: count }, (_, i) => {
    const user = (real[i % real.length] as { user: Json }).user;
    return { starred_at: new Date(from.getTime() + i * everyMs).toISOString().replace(".000Z", "Z"), user: { ...user, login: `${String(user.login)}-${i}` } };
  });
}

/** A repository derived from the real PyGithub response (renamed; counts as the test sets them), with the real releases and contributors. */
export function derivedRepo(fullName: string, options: Partial<FakeRepo> & { repo?: Json } = {}): FakeRepo {
  const base = githubFixture<Json>("github-api__repos-get__PyGithub-PyGithub__2025-01-07.json");
  const [owner, name] = fullName.split("/");
  return {
    stargazers: [],
    releases: githubFixture<Json[]>("github-api__releases__PyGithub-PyGithub__2022-01-10.json"),
    contributors: githubFixture<Json[]>("github-api__contributors__PyGithub-PyGithub__2012-05-20.json"),
    subscribers: githubFixture<Json[]>("github-api__subscribers__PyGithub-PyGithub__2012-09-07.json"),
    commits30d: 42,
    openPullRequests: 0,
    ...options,
    repo: { ...base, full_name: fullName, name, owner: { ...(base.owner as Json), login: owner }, ...options.repo },
  };
}
