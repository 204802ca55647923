"use server";
// The /login form's server action. Next checks a server action's Origin header against the host,
// which (with the SameSite=Lax cookie) is the CSRF protection here. Every attempt goes through the
// sign-in throttle (packages/core/src/auth/sign-in-throttle.ts): recorded before the password is
// checked, refused for a while only from an address that keeps failing on the account, and slowed
// (never refused) when the account fails from many addresses.
import { setTimeout as sleep } from "node:timers/promises";
import { beginSignInAttempt, createSession, ensureAdminUser, findUserByEmail, finishSignInAttempt, verifyPassword } from "@ratecard/db";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "../db";
import { readEnv } from "../env";
import { readClientAddress } from "./read-client-address";
import { safeNextPath } from "./safe-next-path";
import { SESSION_COOKIE, SESSION_TTL_MS } from "./session-cookie";

export interface SignInState {
  error: string | null;
  email: string;
}

// Verifying against a real hash when the email is unknown keeps the response time from telling which emails exist.
const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$" + "A".repeat(86) + "==";
// RFC 5321's longest address; anything longer is no user's, and is not stored.
const MAX_EMAIL_LENGTH = 320;

export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "").trim().toLowerCase();
  const password = String(form.get("password") ?? "");
  const next = safeNextPath(form.get("next"));
  if (!email || !password) return { error: "Enter your email and password.", email };
  if (email.length > MAX_EMAIL_LENGTH) return { error: "Wrong email or password.", email: "" };

  const requestHeaders = await headers();
  const env = readEnv();
  const db = getDb();
  const now = new Date();
  const attempt = await beginSignInAttempt(db, { email, address: readClientAddress(requestHeaders, env), now });
  if (attempt.throttle.action === "refuse") {
    const minutes = Math.ceil(attempt.throttle.retryAfterMs / 60_000);
    return {
      error: `Too many failed sign-ins for ${email} from your address. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`,
      email,
    };
  }
  // Many failures on this account from anywhere: every attempt waits, the right password still signs in.
  if (attempt.throttle.delayMs > 0) await sleep(attempt.throttle.delayMs);

  if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) await ensureAdminUser(db, { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD });

  const user = await findUserByEmail(db, email);
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !valid) {
    await finishSignInAttempt(db, attempt.id, "failed");
    return { error: "Wrong email or password.", email };
  }
  await finishSignInAttempt(db, attempt.id, "succeeded");

  const session = await createSession(db, { userId: user.id, now, ttlMs: SESSION_TTL_MS });
  const https = requestHeaders.get("x-forwarded-proto") === "https" || requestHeaders.get("origin")?.startsWith("https:") === true;
  (await cookies()).set(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: "lax",
    secure: https,
    path: "/",
    expires: session.expiresAt,
  });
  redirect(next);
}
