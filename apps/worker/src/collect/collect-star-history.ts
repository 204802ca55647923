// A repository's daily star count from GitHub's stargazer list (with starred_at), read incrementally:
// the first collection reads from the start, later ones only the pages after the saved position.
// Progress is saved every few pages and before any wait or failure, so nothing read is lost.
import { buildStarHistory, interpolateDailyPoints, type SeriesPoint } from "@ratecard/core/traction";
import { readSourceState, saveMetricProgress, type Db, type Prisma, type Source } from "@ratecard/db";
import { readStarHistoryState, withStarHistoryState, type StarHistoryState } from "./star-history-state";
import type { RepoBasics, RepoRef } from "./types";
import { withRateLimit, type RateLimitDeps } from "./with-rate-limit";

/** GitHub lists at most 400 pages of stargazers (40,000 at 100 a page). */
const MAX_PAGES = 400;
const SAVE_EVERY_PAGES = 20;

export interface StarHistoryResult {
  /** Daily points written (exact and estimated). */
  points: number;
  estimated: number;
  pages: number;
  capped: boolean;
}

export async function collectStarHistory(
  deps: RateLimitDeps & { db: Db },
  input: { source: Source; repo: RepoRef; basics: RepoBasics; at: Date },
): Promise<StarHistoryResult> {
  const { source, repo, basics, at } = input;
  let stateJson = await readSourceState(deps.db, source.id);
  const saved = readStarHistoryState(stateJson);
  let state: StarHistoryState = saved ?? { count: 0, until: basics.createdAt.toISOString(), lastStarredAt: null, capped: false };
  const result: StarHistoryResult = { points: 0, estimated: 0, pages: 0, capped: state.capped };

  const save = async (points: SeriesPoint[], next: StarHistoryState) => {
    stateJson = withStarHistoryState(stateJson, next);
    await saveMetricProgress(deps.db, {
      sourceId: source.id,
      samples: points.map((p) => ({ metric: "stars", value: p.value, at: p.at, estimated: p.estimated ?? false })),
      state: stateJson as Prisma.InputJsonValue,
    });
    state = next;
    result.points += points.length;
    result.estimated += points.filter((p) => p.estimated).length;
  };
  // Beyond GitHub's listing limit the history continues from the exact total of each collection.
  if (state.capped) return result;

  if (basics.stars <= state.count) {
    // No net new stars since the last read: the count holds up to now, no request needed.
    const history = buildStarHistory({ fromCount: state.count, after: new Date(state.until), starredAt: [], exactUntil: at });
    await save(history.points, { ...state, until: history.until.toISOString() });
    return result;
  }

  let buffer: Date[] = [];
  let lastStarredAt = state.lastStarredAt ? new Date(state.lastStarredAt) : null;
  // Days up to the last starred_at read are complete: anything starred before it is on an earlier page.
  const flush = async () => {
    if (buffer.length === 0 || !lastStarredAt) return;
    const history = buildStarHistory({ fromCount: state.count, after: new Date(state.until), starredAt: buffer, exactUntil: lastStarredAt });
    buffer = [];
    await save(history.points, { ...state, count: history.count, until: history.until.toISOString(), lastStarredAt: lastStarredAt.toISOString() });
  };

  const perPage = deps.github.perPage;
  let page = Math.floor(state.count / perPage) + 1;
  let offset = state.count % perPage;
  let ended = false;
  try {
    for (;;) {
      if (page > MAX_PAGES) break;
      const current = page;
      const read = await withRateLimit(deps, "core", () => deps.github.getStargazersPage(repo, current), flush);
      result.pages++;
      if (read.capped) break;
      const fresh = read.starredAt.slice(offset);
      buffer.push(...fresh);
      lastStarredAt = fresh.at(-1) ?? lastStarredAt;
      if (!read.hasNext) {
        ended = true;
        break;
      }
      page++;
      offset = 0;
      if (result.pages % SAVE_EVERY_PAGES === 0) await flush();
    }
  } catch (error) {
    await flush();
    throw error;
  }

  if (ended) {
    // The whole list is read: every day up to now is exact.
    const history = buildStarHistory({ fromCount: state.count, after: new Date(state.until), starredAt: buffer, exactUntil: at });
    await save(history.points, { count: history.count, until: history.until.toISOString(), lastStarredAt: lastStarredAt?.toISOString() ?? null, capped: false });
    return result;
  }

  // GitHub stopped listing: exact up to the last starred_at read, then a straight line to today's
  // total, marked estimated. From now on each collection's total keeps the series exact.
  await flush();
  result.capped = true;
  const from = { at: lastStarredAt ?? basics.createdAt, value: state.count };
  const estimated = interpolateDailyPoints(from, { at, value: basics.stars }).filter((p) => p.at.getTime() > new Date(state.until).getTime());
  await save(estimated, { ...state, until: (estimated.at(-1)?.at ?? new Date(state.until)).toISOString(), capped: true });
  return result;
}
