// GitHub collection against a local fake of the API serving the real recorded responses: basic
// metrics in GraphQL batches, exact and incremental star history, GitHub's 400-page stargazer limit,
// rate limits (waits on an injected clock, progress saved first), 404 repositories; samples land in
// a real Postgres.
import { createSource, type Source } from "@ratecard/db";
import { createTestDatabase, type TestDatabase } from "@ratecard/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGithubClient, type GithubClient } from "../src/collect/create-github-client";
import { collectRepo, collectRepos, type CollectRepoDeps } from "../src/jobs/collect-repo";
import { collectRepoJob, collectReposJob } from "../src/jobs/collect-repo-job";
import { deriveStargazers, derivedRepo, githubFixture, octokitHelloWorld, startFakeGithub, type FakeGithub } from "./fake-github-server";
import { testEnv } from "./test-env";

const DAY = 86_400_000;
let database: TestDatabase;
let github: FakeGithub;

beforeAll(async () => {
  [database, github] = await Promise.all([createTestDatabase(), startFakeGithub()]);
  github.addRepo("danvk/comparea", {
    repo: githubFixture("github-api__repos-get__danvk-comparea__2015-10-14.json"),
    stargazers: githubFixture("github-api__stargazers-with-starred_at__danvk-comparea__2015-10-14.json"),
    releases: [],
    contributors: githubFixture("github-api__contributors__PyGithub-PyGithub__2012-05-20.json"),
    subscribers: [],
    commits30d: 3,
    openPullRequests: 2,
  });
});
afterAll(async () => {
  await github?.close();
  await database?.drop();
});

/** The worker's GitHub client as main.ts builds it: configured by GITHUB_API_URL and GITHUB_TOKEN. */
function client(options: { token?: boolean; perPage?: number } = {}): GithubClient {
  const env = testEnv({ GITHUB_API_URL: github.url, ...(options.token === false ? {} : { GITHUB_TOKEN: "ghp_test" }) });
  return createGithubClient({ apiUrl: env.GITHUB_API_URL, token: env.GITHUB_TOKEN, ...(options.perPage ? { perPage: options.perPage } : {}) });
}

/** A clock the test moves; sleeping advances it and records the wait. */
function deps(gh: GithubClient, start: string, onSleep?: (ms: number) => Promise<void>): CollectRepoDeps & { waits: number[]; set(iso: string): void } {
  let t = Date.parse(start);
  const waits: number[] = [];
  return {
    db: database.db,
    github: gh,
    now: () => new Date(t),
    sleep: async (ms) => {
      waits.push(ms);
      await onSleep?.(ms);
      t += ms;
    },
    waits,
    set: (iso) => (t = Date.parse(iso)),
  };
}

let sourceCount = 0;
function addSource(url: string, name = url): Promise<Source> {
  sourceCount++;
  // Sources are unique per URL; a query string lets several tests watch the same repository from scratch.
  return createSource(database.db, { kind: "github_repo", name: `${name} #${sourceCount}`, url: `${url}?test=${sourceCount}`, schedule: "0 3 * * *" });
}

async function samples(sourceId: string, metric: string) {
  return database.db.metricSample.findMany({ where: { sourceId, metric }, orderBy: { at: "asc" } });
}
const dayValue = async (sourceId: string, day: string) => (await database.db.metricSample.findFirst({ where: { sourceId, metric: "stars", at: new Date(`${day}T00:00:00Z`) } }))?.value;

function pagesRequested(repo: string, fromLog: number): number[] {
  return github.log.slice(fromLog).filter((r) => r.pathname === `/repos/${repo}/stargazers`).map((r) => Number(r.query.get("page")));
}

describe("GitHub repository collection", () => {
  it("stores stars, forks, open issues, watchers, contributors, releases and 30-day commits of a real repository", async () => {
    github.addRepo("PyGithub/PyGithub", derivedRepo("PyGithub/PyGithub", {
      repo: githubFixture("github-api__repos-get__PyGithub-PyGithub__2025-01-07.json"),
      stargazers: deriveStargazers(7122, new Date("2012-03-01T00:00:00Z"), 3 * 3_600_000),
      openPullRequests: 57,
    }));
    const viaGraphql = await addSource("https://github.com/PyGithub/PyGithub");
    const viaRest = await addSource("https://github.com/PyGithub/PyGithub");
    const graphqlDeps = deps(client(), "2025-01-07T07:32:15Z");
    const restDeps = deps(client({ token: false }), "2025-01-07T07:32:15Z");

    const first = await collectRepos(graphqlDeps, [viaGraphql]);
    const rest = await collectRepos(restDeps, [viaRest]);

    for (const summary of [first.results[0], rest.results[0]]) {
      expect(summary?.check).toMatchObject({ outcome: "changed", engine: "api", error: null });
      const at = graphqlDeps.now();
      const values = Object.fromEntries(
        (await database.db.metricSample.findMany({ where: { sourceId: summary?.source.id, at } })).map((s) => [s.metric, s.value]),
      );
      // The real repository response: 7122 stars, 1793 forks, 357 open issues + PRs, 111 subscribers;
      // one real contributor; the 10 real releases; 42 derived commits.
      expect(values).toEqual({ stars: 7122, forks: 1793, open_issues: 357, watchers: 111, contributors: 1, releases: 10, commits_30d: 42 });
      const releases = await database.db.metricSample.findFirst({ where: { sourceId: summary?.source.id, metric: "releases" } });
      expect(releases?.meta).toMatchObject({ latestTag: "v1.55", latestPublishedAt: "2021-04-26T04:44:57Z" });
    }
    // First collection: 1 GraphQL request (shared by up to 50 repositories) + 1 contributors + 72 stargazer pages.
    expect(first.requests).toEqual({ graphql: 1, rest: 73, total: 74 });
    // Without a token (no GraphQL): repository, releases, commits, contributors + 72 pages.
    expect(rest.requests).toEqual({ graphql: 0, rest: 76, total: 76 });

    // A later collection with no new stars: the GraphQL batch and the contributors count, nothing else.
    graphqlDeps.set("2025-01-08T07:32:15Z");
    const later = await collectRepos(graphqlDeps, [viaGraphql]);
    expect(later.requests).toEqual({ graphql: 1, rest: 1, total: 2 });
    expect(await dayValue(viaGraphql.id, "2025-01-08")).toBe(7122);
  });

  it("builds the exact daily star history from paged starred_at data, then reads only new pages", async () => {
    const source = await addSource("https://github.com/danvk/comparea");
    const d = deps(client({ perPage: 2 }), "2015-10-14T19:05:17Z");
    let mark = github.log.length;
    const first = await collectRepo(d, source);
    expect(first.check.outcome).toBe("changed");
    // Six real stargazers at 2 a page: pages 1-3, each with a Link header to the next.
    expect(pagesRequested("danvk/comparea", mark)).toEqual([1, 2, 3]);
    expect(github.log.slice(mark).filter((r) => r.pathname.endsWith("/stargazers")).every((r) => r.accept.includes("application/vnd.github.star+json"))).toBe(true);

    const history = await samples(source.id, "stars");
    // Created 2014-07-29 07:02: a point each midnight from 2014-07-30 to 2015-10-14 (442), plus today's total.
    expect(history).toHaveLength(443);
    expect(history.some((s) => s.estimated)).toBe(false);
    expect(await dayValue(source.id, "2014-08-13")).toBe(0);
    expect(await dayValue(source.id, "2014-08-14")).toBe(1); // starred 2014-08-13T19:22
    expect(await dayValue(source.id, "2015-04-29")).toBe(3);
    expect(await dayValue(source.id, "2015-04-30")).toBe(5); // two stars on the 29th
    expect(await dayValue(source.id, "2015-10-14")).toBe(6);
    expect(history.at(-1)).toMatchObject({ at: new Date("2015-10-14T19:05:17Z"), value: 6, estimated: false });

    // Three new stars (derived), one a day; the next collection starts at page 4.
    github.repo("danvk/comparea").stargazers.push(...deriveStargazers(3, new Date("2015-10-15T09:00:00Z"), DAY));
    d.set("2015-10-18T10:00:00Z");
    mark = github.log.length;
    await collectRepo(d, source);
    expect(pagesRequested("danvk/comparea", mark)).toEqual([4, 5]);
    expect(await Promise.all(["2015-10-15", "2015-10-16", "2015-10-17", "2015-10-18"].map((day) => dayValue(source.id, day)))).toEqual([6, 7, 8, 9]);

    // No new stars: the history moves on to today without a single stargazer request.
    d.set("2015-10-20T10:00:00Z");
    mark = github.log.length;
    await collectRepo(d, source);
    expect(pagesRequested("danvk/comparea", mark)).toEqual([]);
    expect(await dayValue(source.id, "2015-10-20")).toBe(9);
    const state = (await database.db.source.findUniqueOrThrow({ where: { id: source.id } })).state;
    expect(state).toMatchObject({ starHistory: { count: 9, until: "2015-10-20T00:00:00.000Z", capped: false } });
    github.repo("danvk/comparea").stargazers.splice(6); // back to the six real ones for the other tests
  });

  it("beyond GitHub's 400 listed pages: exact where the list reaches, estimated up to today's total, exact from then on", async () => {
    // 2100 stargazers every 6 hours from 2024-01-01, at 5 a page: GitHub lists pages 1-400 (2000 stars).
    github.addRepo("big/model", derivedRepo("big/model", { repo: { created_at: "2024-01-01T00:00:00Z" }, stargazers: deriveStargazers(2100, new Date("2024-01-01T00:00:00Z"), 6 * 3_600_000), stargazerCount: 2600 }));
    const source = await addSource("https://github.com/big/model");
    const d = deps(client({ perPage: 5 }), "2025-07-01T12:00:00Z");
    let mark = github.log.length;
    const first = await collectRepo(d, source);
    expect(first.notes.join(" ")).toMatch(/only the first 40,000 stargazers/);
    const pages = pagesRequested("big/model", mark);
    expect(pages).toHaveLength(400);
    expect(Math.max(...pages)).toBe(400);

    // The 2000th star (index 1999) is 1999 × 6 h = 499.75 days in: 2025-05-14T18:00. Before midnight of
    // the 14th, 1996 stars (i × 6 h < 499 days ⇔ i < 1996); exact.
    expect(await database.db.metricSample.findFirst({ where: { sourceId: source.id, metric: "stars", at: new Date("2025-05-14T00:00:00Z") } })).toMatchObject({ value: 1996, estimated: false });
    // From (2025-05-14T18:00, 2000) to (2025-07-01T12:00, 2600): 1146 hours. The 15th is 6 h in:
    // 2000 + 600 × 6/1146 = 2003.1 → 2003; July 1st is 1134 h in: 2000 + 600 × 1134/1146 = 2593.7 → 2594.
    expect(await database.db.metricSample.findFirst({ where: { sourceId: source.id, metric: "stars", at: new Date("2025-05-15T00:00:00Z") } })).toMatchObject({ value: 2003, estimated: true });
    expect(await database.db.metricSample.findFirst({ where: { sourceId: source.id, metric: "stars", at: new Date("2025-07-01T00:00:00Z") } })).toMatchObject({ value: 2594, estimated: true });
    expect(await database.db.metricSample.findFirst({ where: { sourceId: source.id, metric: "stars", at: d.now() } })).toMatchObject({ value: 2600, estimated: false });

    // The next collection cannot page further and does not try: the total at each collection is exact.
    github.repo("big/model").stargazerCount = 2650;
    d.set("2025-07-02T12:00:00Z");
    mark = github.log.length;
    await collectRepo(d, source);
    expect(pagesRequested("big/model", mark)).toEqual([]);
    expect(await database.db.metricSample.findFirst({ where: { sourceId: source.id, metric: "stars", at: d.now() } })).toMatchObject({ value: 2650, estimated: false });

    // GitHub's other way of saying it (422 on a page past the limit) ends the list the same way.
    github.addRepo("big/other", derivedRepo("big/other", { repo: { created_at: "2024-01-01T00:00:00Z" }, stargazers: deriveStargazers(40, new Date("2024-01-01T00:00:00Z"), DAY), stargazerCount: 60 }));
    github.maxStargazerPages = 3;
    try {
      const other = await addSource("https://github.com/big/other");
      mark = github.log.length;
      const result = await collectRepo(d, other);
      expect(pagesRequested("big/other", mark)).toEqual([1, 2, 3, 4]);
      expect(result.check.outcome).toBe("changed");
      expect((await database.db.source.findUniqueOrThrow({ where: { id: other.id } })).state).toMatchObject({ starHistory: { count: 15, capped: true } });
    } finally {
      github.maxStargazerPages = 400;
    }
  });

  it("waits on a 403 rate limit until the reset (injected clock) and carries on", async () => {
    const source = await addSource("https://github.com/danvk/comparea");
    const d = deps(client({ perPage: 2 }), "2015-10-14T19:05:17Z");
    // The very first request (the GraphQL batch) is refused until 90 s from now.
    github.rateLimit({ resetAt: new Date(d.now().getTime() + 90_000) });
    const result = await collectRepo(d, source);
    expect(d.waits).toEqual([91_000]); // up to the reset, plus a second: the reset is in whole seconds
    expect(result.check.outcome).toBe("changed");
    expect(await dayValue(source.id, "2015-10-14")).toBe(6);
  });

  it("saves the stars read before waiting, and resumes from them after a wait too long to sleep through", async () => {
    const source = await addSource("https://github.com/danvk/comparea");
    const savedAtWait: unknown[] = [];
    const d = deps(client({ perPage: 2 }), "2015-10-14T19:05:17Z", async () => {
      savedAtWait.push((await database.db.source.findUniqueOrThrow({ where: { id: source.id } })).state);
    });
    const page2 = (r: { pathname: string; query: URLSearchParams }) => r.pathname === "/repos/danvk/comparea/stargazers" && r.query.get("page") === "2";
    // Page 2 is refused (429, retry-after 30 s) once: the wait is slept through, page 1 is already saved.
    github.rateLimit({ match: page2, status: 429, resetAt: new Date(d.now().getTime() + 3_600_000), retryAfterSeconds: 30 });
    await collectRepo(d, source);
    expect(d.waits).toEqual([30_000]);
    expect(savedAtWait).toEqual([{ starHistory: expect.objectContaining({ count: 2, lastStarredAt: "2014-10-15T05:02:30.000Z" }) }]);
    expect(await dayValue(source.id, "2015-10-14")).toBe(6);

    // Now page 2 is refused for two hours: more than the 5 minutes worth sleeping through.
    const again = await addSource("https://github.com/danvk/comparea");
    const d2 = deps(client({ perPage: 2 }), "2015-10-14T19:05:17Z");
    github.rateLimit({ match: page2, resetAt: new Date(d2.now().getTime() + 2 * 3_600_000) });
    const paused = await collectRepo(d2, again);
    expect(d2.waits).toEqual([]);
    // The basic metrics are stored and the check says so; the history keeps what page 1 gave.
    expect(paused.check.outcome).toBe("changed");
    expect(paused.notes.join(" ")).toMatch(/star history paused .* rate limit reached: it resets at 21:05 UTC/);
    expect((await database.db.source.findUniqueOrThrow({ where: { id: again.id } })).state).toMatchObject({ starHistory: { count: 2, until: "2014-10-15T00:00:00.000Z" } });
    expect(await dayValue(again.id, "2014-08-14")).toBe(1);
    expect(await dayValue(again.id, "2014-10-16")).toBeUndefined();

    // After the reset the next collection resumes at page 2: page 1 is not read again.
    d2.set("2015-10-14T21:10:00Z");
    const mark = github.log.length;
    await collectRepo(d2, again);
    expect(pagesRequested("danvk/comparea", mark)).toEqual([2, 3]);
    expect(await dayValue(again.id, "2014-10-16")).toBe(2);
    expect(await dayValue(again.id, "2015-10-14")).toBe(6);
  });

  it("collects 100 repositories with 3 GraphQL requests; a missing one fails clearly, the others succeed", async () => {
    const sources: Source[] = [];
    for (let i = 0; i < 100; i++) {
      github.addRepo(`fleet/model-${i}`, derivedRepo(`fleet/model-${i}`, { repo: { created_at: "2024-06-01T00:00:00Z" }, stargazers: deriveStargazers(i % 7, new Date("2024-06-01T00:00:00Z"), DAY) }));
      sources.push(await addSource(`https://github.com/fleet/model-${i}`));
    }
    const missing = await addSource("https://github.com/fleet/does-not-exist");
    sources.splice(37, 0, missing);
    const d = deps(client(), "2025-01-07T12:00:00Z");
    const first = await collectRepos(d, sources);

    expect(first.requests.graphql).toBe(3); // 101 repositories in batches of 50
    const failed = first.results.filter((r) => r.check.outcome === "failed");
    expect(failed.map((r) => [r.source.id, r.check.error, r.check.httpStatus])).toEqual([
      [missing.id, "GitHub repository fleet/does-not-exist was not found: check the URL (it may have been renamed, deleted or made private)", 404],
    ]);
    expect(first.results.filter((r) => r.check.outcome === "changed")).toHaveLength(100);
    expect(await database.db.metricSample.count({ where: { sourceId: { in: sources.map((s) => s.id) }, metric: "forks", at: d.now() } })).toBe(100);
    // REST: one contributors count per repository, one stargazer page per repository with stars (85 of 100: i % 7 > 0).
    expect(first.requests.rest).toBe(100 + 85);

    d.set("2025-01-08T12:00:00Z");
    const later = await collectRepos(d, sources);
    expect(later.requests).toEqual({ graphql: 3, rest: 100, total: 103 });

    // Without a token the same 404 comes from REST, with the same message.
    const rest = await collectRepo(deps(client({ token: false }), "2025-01-08T12:00:00Z"), missing);
    expect(rest.check).toMatchObject({ outcome: "failed", httpStatus: 404, error: expect.stringMatching(/^GitHub repository fleet\/does-not-exist was not found/) });
  });

  it("reads the recorded octokit scenario (real headers) for a repository with no stars and no contributors", async () => {
    github.addRepo("octokit-fixture-org/hello-world", octokitHelloWorld());
    const source = await addSource("https://github.com/octokit-fixture-org/hello-world");
    const result = await collectRepo(deps(client({ token: false }), "2022-07-19T04:37:49Z"), source);
    expect(result.check.outcome).toBe("changed");
    const values = Object.fromEntries((await database.db.metricSample.findMany({ where: { sourceId: source.id, at: new Date("2022-07-19T04:37:49Z") } })).map((s) => [s.metric, s.value]));
    expect(values).toEqual({ stars: 0, forks: 0, open_issues: 0, watchers: 1, contributors: 0, releases: 0, commits_30d: 0 });
  });

  it("a source URL that is not a repository is a failed check naming it", async () => {
    const source = await createSource(database.db, { kind: "github_repo", name: "bad", url: "https://gitlab.com/a/b", schedule: "0 3 * * *" });
    const result = await collectRepo(deps(client(), "2025-01-07T12:00:00Z"), source);
    expect(result.check).toMatchObject({ outcome: "failed", error: "github_repo source URL 'https://gitlab.com/a/b' is not a GitHub repository: expected https://github.com/OWNER/NAME" });
  });

  it("the job handlers record each source's scheduler slot", async () => {
    const a = await addSource("https://github.com/danvk/comparea");
    const b = await addSource("https://github.com/PyGithub/PyGithub");
    const d = deps(client(), "2025-01-07T12:00:00Z");
    const slotA = "2025-01-07T03:00:00.000Z";
    const slotB = "2025-01-07T06:00:00.000Z";
    const batch = await collectReposJob.handle(d, { items: [{ sourceId: a.id, slotAt: slotA }, { sourceId: b.id, slotAt: slotB }] });
    expect(batch.outcome).toBe("2 changed");
    const single = await collectRepoJob.handle(d, { sourceId: a.id, slotAt: null });
    expect(single.outcome).toBe("changed");
    const checks = await database.db.check.findMany({ where: { sourceId: { in: [a.id, b.id] } }, orderBy: { startedAt: "asc" } });
    expect(checks.map((c) => [c.sourceId, c.slotAt?.toISOString() ?? null])).toEqual(expect.arrayContaining([[a.id, slotA], [b.id, slotB], [a.id, null]]));
  });
});
