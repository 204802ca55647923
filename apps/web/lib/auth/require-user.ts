// Every page and route calls this first: signed out (no, unknown or expired session) means a redirect
// to /login that brings the user back here. The proxy passes the requested path in x-ratecard-path.
import type { SessionUser } from "@ratecard/db";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentUser } from "./get-current-user";
import { REQUEST_PATH_HEADER } from "./request-path-header";
import { safeNextPath } from "./safe-next-path";

export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const next = safeNextPath((await headers()).get(REQUEST_PATH_HEADER));
  redirect(next === "/" ? "/login" : `/login?next=${encodeURIComponent(next)}`);
}
