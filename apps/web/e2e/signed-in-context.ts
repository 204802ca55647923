// A fresh browser context signed in as a seeded or test-made user: a session row made through
// @ratecard/db and its cookie, so a spec can act as a second user next to the default admin.
import { createSession, findUserByEmail, type Db } from "@ratecard/db";
import type { Browser, BrowserContext } from "@playwright/test";
import { readE2eEnv } from "./e2e-env";

export async function signedInContext(browser: Browser, db: Db, email: string): Promise<{ context: BrowserContext; token: string }> {
  const user = await findUserByEmail(db, email);
  if (!user) throw new Error(`no user ${email} to sign in as`);
  const { token, expiresAt } = await createSession(db, { userId: user.id, now: new Date(), ttlMs: 60 * 60 * 1000 });
  const baseUrl = readE2eEnv().baseUrl;
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  await context.addCookies([{ name: "ratecard_session", value: token, domain: new URL(baseUrl).hostname, path: "/", expires: Math.floor(expiresAt.getTime() / 1000), httpOnly: true, secure: false, sameSite: "Lax" }]);
  return { context, token };
}
