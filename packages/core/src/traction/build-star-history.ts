// Exact daily star counts from the stargazers' starred_at times (GitHub lists them oldest first).
import type { SeriesPoint } from "./types";

const DAY_MS = 86_400_000;

export interface StarHistoryInput {
  /** Stars already counted before `starredAt` (earlier pages of the same list). */
  fromCount: number;
  /** Points are written for day boundaries strictly after this: the last boundary already written, or the repository's creation. */
  after: Date;
  /** starred_at of the newly read stargazers, in list order (oldest first). */
  starredAt: readonly Date[];
  /** Everything starred before this instant has been read (the last starred_at read, or the time of reading when the list ended). */
  exactUntil: Date;
}

/**
 * One point per UTC midnight `b` with after < b ≤ exactUntil; its value is the number of stars given
 * before `b` (the count at the end of the previous day). Returns the points, the new running count
 * and the last boundary covered (the `after` of the next call).
 */
export function buildStarHistory(input: StarHistoryInput): { points: SeriesPoint[]; count: number; until: Date } {
  const times = input.starredAt.map((d) => d.getTime()).sort((a, b) => a - b);
  const points: SeriesPoint[] = [];
  let boundary = Math.floor(input.after.getTime() / DAY_MS) * DAY_MS + DAY_MS;
  let until = input.after.getTime();
  let i = 0;
  while (boundary <= input.exactUntil.getTime()) {
    while (i < times.length && (times[i] as number) < boundary) i++;
    points.push({ at: new Date(boundary), value: input.fromCount + i });
    until = boundary;
    boundary += DAY_MS;
  }
  return { points, count: input.fromCount + times.length, until: new Date(until) };
}
