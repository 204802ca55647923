import { createHash } from "node:crypto";
import type { Db } from "../create-db-client";

export interface LoginRateLimit {
  /** Milliseconds until the key may try again, or 0 when it may try now. */
  retryAfterMs(key: string, now: Date): Promise<number>;
  recordFailure(key: string, now: Date): Promise<void>;
  /** A successful sign-in forgets the key's failures. */
  reset(key: string): Promise<void>;
}

/**
 * Failed sign-ins per key (the dashboard uses email + client address) in the `login_failures` table: at
 * most `maxFailures` in `windowMs`, shared by every dashboard process and kept across restarts. Keys are
 * stored as SHA-256 digests; rows older than the window are deleted as new failures arrive.
 */
export function createLoginRateLimit(db: Db, options: { maxFailures?: number; windowMs?: number } = {}): LoginRateLimit {
  const maxFailures = options.maxFailures ?? 5;
  const windowMs = options.windowMs ?? 15 * 60 * 1000;
  const digest = (key: string) => createHash("sha256").update(key).digest("hex");
  return {
    async retryAfterMs(key, now) {
      const recent = await db.loginFailure.findMany({
        where: { key: digest(key), at: { gt: new Date(now.getTime() - windowMs) } },
        orderBy: { at: "desc" },
        take: maxFailures,
        select: { at: true },
      });
      if (recent.length < maxFailures) return 0;
      // Blocked until the oldest of the last `maxFailures` leaves the window.
      return Math.max(0, windowMs - (now.getTime() - recent.at(-1)!.at.getTime()));
    },
    async recordFailure(key, now) {
      await db.$transaction([
        db.loginFailure.create({ data: { key: digest(key), at: now } }),
        db.loginFailure.deleteMany({ where: { at: { lte: new Date(now.getTime() - windowMs) } } }),
      ]);
    },
    async reset(key) {
      await db.loginFailure.deleteMany({ where: { key: digest(key) } });
    },
  };
}
