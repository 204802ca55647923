"use server";
// Creating and revoking one's own API tokens. Any signed-in user may: the API only reads what they can
// already read in the dashboard. Each action checks the user itself (Next checks the Origin: CSRF).
import { createApiToken, revokeApiToken } from "@ratecard/db";
import { revalidatePath } from "next/cache";
import { requireUser } from "../../../lib/auth/require-user";
import { getDb } from "../../../lib/db";

export interface CreateTokenState {
  error: string | null;
  /** The new token, shown once. */
  created: { name: string; token: string } | null;
}

const EXPIRY_DAYS: Record<string, number | null> = { never: null, "30": 30, "90": 90, "365": 365 };
const DAY_MS = 24 * 60 * 60 * 1000;

export async function createTokenAction(_previous: CreateTokenState, form: FormData): Promise<CreateTokenState> {
  const user = await requireUser();
  const name = String(form.get("name") ?? "").trim();
  const expiry = String(form.get("expiresIn") ?? "never");
  if (!name) return { error: "Give the token a name, e.g. where it will be used.", created: null };
  if (name.length > 80) return { error: `The name is ${name.length} characters long; use at most 80.`, created: null };
  if (!Object.hasOwn(EXPIRY_DAYS, expiry)) return { error: "Choose when the token expires.", created: null };
  const days = EXPIRY_DAYS[expiry] ?? null;
  const now = new Date();
  const created = await createApiToken(getDb(), {
    userId: user.id,
    name,
    now,
    expiresAt: days === null ? null : new Date(now.getTime() + days * DAY_MS),
  });
  revalidatePath("/settings/api-tokens");
  return { error: null, created: { name, token: created.token } };
}

export async function revokeTokenAction(form: FormData): Promise<void> {
  const user = await requireUser();
  await revokeApiToken(getDb(), { userId: user.id, tokenId: String(form.get("tokenId") ?? ""), now: new Date() });
  revalidatePath("/settings/api-tokens");
}
