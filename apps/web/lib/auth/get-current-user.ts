// The signed-in user for this request, or null; looked up once per request (layout and page share it).
import { findSessionUser, type SessionUser } from "@ratecard/db";
import { cookies } from "next/headers";
import { cache } from "react";
import { getDb } from "../db";
import { SESSION_COOKIE } from "./session-cookie";

export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  return findSessionUser(getDb(), token, new Date());
});
