import type { UserChangeRefusal } from "@ratecard/db";

/** Why a change to a user was refused, in words for the admin who tried. */
export function describeUserRefusal(reason: UserChangeRefusal): string {
  switch (reason) {
    case "last-admin":
      return "ratecard needs at least one admin: make another user an admin first.";
    case "self":
      return "You cannot remove yourself: another admin can.";
    case "not-found":
      return "This user no longer exists.";
  }
}
