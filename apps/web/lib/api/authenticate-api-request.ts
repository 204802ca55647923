// The API accepts a personal token (`Authorization: Bearer rc_...`) or the dashboard's session cookie.
// A request that sends a bearer token is judged by that token alone, so a bad token never falls back to a cookie.
import { findApiTokenUser, type SessionUser } from "@ratecard/db";
import { getCurrentUser } from "../auth/get-current-user";
import { getDb } from "../db";

export type ApiAuthentication = { user: SessionUser } | { user: null; reason: string };

export async function authenticateApiRequest(request: Request): Promise<ApiAuthentication> {
  const header = request.headers.get("authorization");
  if (header !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) return { user: null, reason: "The Authorization header must be 'Bearer <token>'." };
    const user = await findApiTokenUser(getDb(), match[1]!, new Date());
    return user ? { user } : { user: null, reason: "The API token is unknown, revoked or expired. Create a new one at /settings/api-tokens." };
  }
  const user = await getCurrentUser();
  return user ? { user } : { user: null, reason: "Sign in, or send 'Authorization: Bearer <token>' with a token from /settings/api-tokens." };
}
