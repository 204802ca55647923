// The shapes the collectors pass around.

export interface RepoRef {
  owner: string;
  name: string;
}

export interface ReleaseInfo {
  tag: string;
  publishedAt: string | null;
}

/** What one collection learns about a repository besides contributors and stargazers. */
export interface RepoBasics {
  fullName: string;
  createdAt: Date;
  defaultBranch: string | null;
  stars: number;
  forks: number;
  /** Open issues plus open pull requests, as GitHub's REST open_issues_count counts them. */
  openIssues: number;
  openPullRequests: number | null;
  /** Subscribers (people watching), not the legacy watchers_count that mirrors stars. */
  watchers: number;
  /** Null when not read (REST reads releases separately). */
  releases: number | null;
  latestRelease: ReleaseInfo | null;
  firstRelease: ReleaseInfo | null;
  /** Commits on the default branch in the last 30 days (null for an empty repository). */
  commits30d: number | null;
}

export interface StargazersPage {
  starredAt: Date[];
  hasNext: boolean;
  /** GitHub refused the page: it lists at most 400 pages of stargazers. */
  capped: boolean;
}

export type RateLimitResource = "core" | "graphql";
