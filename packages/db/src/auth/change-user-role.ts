import type { Db } from "../create-db-client";
import { isUuid } from "../ids/is-uuid";
import type { UserRole } from "../generated/prisma/client";
import { lockAdmins } from "./lock-admins";
import type { UserChangeResult } from "./user-change-refusal";

/** Sets a user's role; demoting the only admin is refused. Open sessions take the new role on their next request. */
export async function changeUserRole(db: Db, input: { userId: string; role: UserRole }): Promise<UserChangeResult> {
  if (!isUuid(input.userId)) return { ok: false, reason: "not-found" };
  return db.$transaction(async (tx) => {
    const admins = await lockAdmins(tx);
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true } });
    if (!user) return { ok: false, reason: "not-found" };
    if (input.role !== "admin" && user.role === "admin" && admins.length <= 1) return { ok: false, reason: "last-admin" };
    await tx.user.update({ where: { id: input.userId }, data: { role: input.role } });
    return { ok: true };
  });
}
