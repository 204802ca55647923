"use server";
// The /login form's server action. Next checks a server action's Origin header against the host,
// which (with the SameSite=Lax cookie) is the CSRF protection here.
import { createSession, ensureAdminUser, findUserByEmail, verifyPassword } from "@ratecard/db";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "../db";
import { readEnv } from "../env";
import { clientAddress } from "@ratecard/core";
import { getLoginRateLimits } from "./get-login-rate-limits";
import { safeNextPath } from "./safe-next-path";
import { SESSION_COOKIE, SESSION_TTL_MS } from "./session-cookie";

export interface SignInState {
  error: string | null;
  email: string;
}

// Verifying against a real hash when the email is unknown keeps the response time from telling which emails exist.
const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$" + "A".repeat(86) + "==";

export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "").trim().toLowerCase();
  const password = String(form.get("password") ?? "");
  const next = safeNextPath(form.get("next"));
  if (!email || !password) return { error: "Enter your email and password.", email };

  const requestHeaders = await headers();
  const env = readEnv();
  const ip = clientAddress(requestHeaders.get("x-forwarded-for"), env.RATECARD_TRUSTED_PROXIES);
  const limits = getLoginRateLimits();
  const addressKey = `${email}|${ip}`;
  const now = new Date();
  // Counted before the password is checked, so parallel attempts cannot all slip through.
  const waitMs = Math.max(await limits.perAddress.attempt(addressKey, now), await limits.perEmail.attempt(email, now));
  if (waitMs > 0) {
    const minutes = Math.ceil(waitMs / 60_000);
    return {
      error: `Too many failed sign-ins for ${email} from your network. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`,
      email,
    };
  }

  const db = getDb();
  if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) await ensureAdminUser(db, { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD });

  const user = await findUserByEmail(db, email);
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !valid) {
    return { error: "Wrong email or password.", email };
  }
  await Promise.all([limits.perAddress.reset(addressKey), limits.perEmail.reset(email)]);

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
