import type { Db } from "../create-db-client";
import { isUuid } from "../ids/is-uuid";
import { lockAdmins } from "./lock-admins";
import type { UserChangeResult } from "./user-change-refusal";

/** Deletes a user and (by cascade) their sessions. Nobody removes themself, and the last admin stays. */
export async function removeUser(db: Db, input: { userId: string; actorId: string }): Promise<UserChangeResult> {
  if (input.userId === input.actorId) return { ok: false, reason: "self" };
  if (!isUuid(input.userId)) return { ok: false, reason: "not-found" };
  return db.$transaction(async (tx) => {
    const admins = await lockAdmins(tx);
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true } });
    if (!user) return { ok: false, reason: "not-found" };
    if (user.role === "admin" && admins.length <= 1) return { ok: false, reason: "last-admin" };
    await tx.user.delete({ where: { id: input.userId } });
    return { ok: true };
  });
}
