import { createHash } from "node:crypto";
import type { Db } from "../create-db-client";

export interface LoginRateLimit {
  /**
   * Counts a sign-in attempt before the password is checked, and says how long the key must wait (0: go
   * ahead). Counting first means a burst of parallel attempts cannot all pass before any failure is known.
   */
  attempt(key: string, now: Date): Promise<number>;
  /** A successful sign-in forgets the key's attempts. */
  reset(key: string): Promise<void>;
}

/**
 * Sign-in attempts per key in the `login_failures` table: at most `maxFailures` unsuccessful ones in
 * `windowMs`, shared by every dashboard process and kept across restarts. Keys are stored as SHA-256
 * digests; rows older than the window are deleted as new attempts arrive.
 */
export function createLoginRateLimit(db: Db, options: { maxFailures?: number; windowMs?: number } = {}): LoginRateLimit {
  const maxFailures = options.maxFailures ?? 5;
  const windowMs = options.windowMs ?? 15 * 60 * 1000;
  const digest = (key: string) => createHash("sha256").update(key).digest("hex");
  return {
    async attempt(key, now) {
      const hashed = digest(key);
      const windowStart = new Date(now.getTime() - windowMs);
      await db.$transaction([
        db.loginFailure.create({ data: { key: hashed, at: now } }),
        db.loginFailure.deleteMany({ where: { at: { lte: windowStart } } }),
      ]);
      // This attempt is stored (committed) before counting, so concurrent attempts see each other.
      const recent = await db.loginFailure.findMany({
        where: { key: hashed, at: { gt: windowStart } },
        orderBy: { at: "desc" },
        take: maxFailures + 1,
        select: { at: true },
      });
      if (recent.length <= maxFailures) return 0;
      // Blocked until the oldest of the last `maxFailures` earlier attempts leaves the window.
      return Math.max(1, windowMs - (now.getTime() - recent.at(-1)!.at.getTime()));
    },
    async reset(key) {
      await db.loginFailure.deleteMany({ where: { key: digest(key) } });
    },
  };
}
