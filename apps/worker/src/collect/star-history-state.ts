// How far a repository's star history has been read, kept in Source.state between collections.
import { z } from "zod";

const schema = z.object({
  /** Stargazers read so far: the position in GitHub's oldest-first list (page and offset follow from it). */
  count: z.number().int().min(0),
  /** The last day boundary written (the repository's creation before the first). */
  until: z.iso.datetime(),
  /** starred_at of the last stargazer read. */
  lastStarredAt: z.iso.datetime().nullable(),
  /** GitHub stopped listing (400 pages): later stars come from the total at each collection. */
  capped: z.boolean(),
});

export type StarHistoryState = z.infer<typeof schema>;

/** The saved state, or null when there is none (or it is from an incompatible version: start over). */
export function readStarHistoryState(state: unknown): StarHistoryState | null {
  const parsed = schema.safeParse((state as { starHistory?: unknown } | null)?.starHistory);
  return parsed.success ? parsed.data : null;
}

/** The source's state with the star history part replaced (other collectors' keys kept). */
export function withStarHistoryState(state: unknown, starHistory: StarHistoryState): Record<string, unknown> {
  const base = state && typeof state === "object" && !Array.isArray(state) ? (state as Record<string, unknown>) : {};
  return { ...base, starHistory };
}
