// For admin-only pages: signed out goes to /login, a signed-in viewer gets the 403 page.
import type { SessionUser } from "@ratecard/db";
import { forbidden } from "next/navigation";
import { requireUser } from "./require-user";

export async function requireAdmin(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "admin") forbidden();
  return user;
}
