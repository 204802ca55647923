"use server";
// The header's Sign out button: ends the session in the database and drops the cookie.
import { deleteSession } from "@ratecard/db";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "../db";
import { SESSION_COOKIE } from "./session-cookie";

export async function signOut(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await deleteSession(getDb(), token);
  jar.delete(SESSION_COOKIE);
  redirect("/login");
}
