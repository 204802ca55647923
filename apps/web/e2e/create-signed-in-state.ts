// A Playwright storageState file holding a fresh session cookie for the user, so specs start signed in.
import { writeFileSync } from "node:fs";
import { createSession, type Db } from "@ratecard/db";

export async function createSignedInState(db: Db, options: { userId: string; baseUrl: string; file: string }): Promise<void> {
  const { token, expiresAt } = await createSession(db, { userId: options.userId, now: new Date(), ttlMs: 24 * 60 * 60 * 1000 });
  const cookie = {
    name: "ratecard_session",
    value: token,
    domain: new URL(options.baseUrl).hostname,
    path: "/",
    expires: Math.floor(expiresAt.getTime() / 1000),
    httpOnly: true,
    secure: false,
    sameSite: "Lax" as const,
  };
  writeFileSync(options.file, JSON.stringify({ cookies: [cookie], origins: [] }));
}
