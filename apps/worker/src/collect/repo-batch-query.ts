// One GraphQL query for the basic metrics of up to 50 repositories (aliases r0..r49), instead of
// several REST calls per repository. Owner and name travel as variables, never inside the query text.
import type { RepoRef } from "./types";

export const GRAPHQL_BATCH_SIZE = 50;

const FIELDS = `
  nameWithOwner
  createdAt
  stargazerCount
  forkCount
  openIssues: issues(states: OPEN) { totalCount }
  openPullRequests: pullRequests(states: OPEN) { totalCount }
  watchers { totalCount }
  latestReleases: releases(first: 1, orderBy: { field: CREATED_AT, direction: DESC }) { totalCount nodes { tagName publishedAt createdAt } }
  firstReleases: releases(first: 1, orderBy: { field: CREATED_AT, direction: ASC }) { nodes { tagName publishedAt createdAt } }
  defaultBranchRef { name target { ... on Commit { history(since: $since) { totalCount } } } }`;

export function buildRepoBatchQuery(repos: readonly RepoRef[], since: Date): { query: string; variables: Record<string, string> } {
  if (repos.length > GRAPHQL_BATCH_SIZE) throw new Error(`at most ${GRAPHQL_BATCH_SIZE} repositories per query, got ${repos.length}`);
  const variables: Record<string, string> = { since: since.toISOString() };
  const declarations = ["$since: GitTimestamp!"];
  const selections: string[] = [];
  repos.forEach((repo, i) => {
    variables[`o${i}`] = repo.owner;
    variables[`n${i}`] = repo.name;
    declarations.push(`$o${i}: String!`, `$n${i}: String!`);
    selections.push(`  r${i}: repository(owner: $o${i}, name: $n${i}) { ...RepoFields }`);
  });
  const query = `query RepoMetrics(${declarations.join(", ")}) {\n${selections.join("\n")}\n  rateLimit { cost remaining resetAt }\n}\nfragment RepoFields on Repository {${FIELDS}\n}`;
  return { query, variables };
}

interface ReleaseNode {
  tagName: string;
  publishedAt: string | null;
  createdAt: string;
}

/** The shape one alias answers with. */
export interface RepoBatchNode {
  nameWithOwner: string;
  createdAt: string;
  stargazerCount: number;
  forkCount: number;
  openIssues: { totalCount: number };
  openPullRequests: { totalCount: number };
  watchers: { totalCount: number };
  latestReleases: { totalCount: number; nodes: ReleaseNode[] };
  firstReleases: { nodes: ReleaseNode[] };
  defaultBranchRef: { name: string; target: { history?: { totalCount: number } } | null } | null;
}
