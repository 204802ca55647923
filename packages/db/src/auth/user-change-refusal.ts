/** Why a change to a user was refused: the user is gone, it would leave no admin, or an admin tried to remove themself. */
export type UserChangeRefusal = "not-found" | "last-admin" | "self";

export type UserChangeResult = { ok: true } | { ok: false; reason: UserChangeRefusal };
