"use client";
// The changes an admin can make to one user: role, a new password, removal (asked twice).
import type { UserRole } from "@ratecard/db";
import { useActionState } from "react";
import { changeUserRoleAction } from "../lib/users/change-user-role-action";
import { removeUserAction } from "../lib/users/remove-user-action";
import { resetUserPasswordAction } from "../lib/users/reset-user-password-action";
import { EMPTY_USER_FORM_STATE, type UserFormState } from "../lib/users/user-form-state";
import { ConfirmSubmitButton } from "./confirm-submit-button";
import { UserFormFeedback } from "./user-form-feedback";

const input = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm shadow-sm focus:border-sky-500 focus:outline-none";
const button = "rounded-md border border-slate-300 px-2 py-1 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60";

export function UserRowActions({ user, isMe }: { user: { id: string; email: string; role: UserRole }; isMe: boolean }) {
  const [roleState, roleAction, rolePending] = useActionState<UserFormState, FormData>(changeUserRoleAction, EMPTY_USER_FORM_STATE);
  const [passwordState, passwordAction, passwordPending] = useActionState<UserFormState, FormData>(resetUserPasswordAction, EMPTY_USER_FORM_STATE);
  const [removeState, removeAction] = useActionState<UserFormState, FormData>(removeUserAction, EMPTY_USER_FORM_STATE);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <form key={`role-${roleState.attempt}-${user.role}`} action={roleAction} aria-label={`Change role of ${user.email}`} className="flex items-center gap-1">
          <input type="hidden" name="userId" value={user.id} />
          <select name="role" defaultValue={user.role} aria-label="Role" className={input}>
            <option value="viewer">viewer</option>
            <option value="admin">admin</option>
          </select>
          <button type="submit" disabled={rolePending} className={button}>
            Set role
          </button>
        </form>
        <form key={`password-${passwordState.attempt}`} action={passwordAction} aria-label={`Reset password of ${user.email}`} className="flex items-center gap-1">
          <input type="hidden" name="userId" value={user.id} />
          <input name="password" type="password" autoComplete="new-password" aria-label="New password" placeholder="empty: generate" className={`${input} w-40`} />
          <button type="submit" disabled={passwordPending} className={button}>
            Reset password
          </button>
        </form>
        {!isMe && (
          <form action={removeAction} aria-label={`Remove ${user.email}`}>
            <input type="hidden" name="userId" value={user.id} />
            <ConfirmSubmitButton label="Remove" question={`Remove ${user.email}?`} confirmLabel="Yes, remove" />
          </form>
        )}
      </div>
      <UserFormFeedback state={roleState} />
      <UserFormFeedback state={passwordState} />
      <UserFormFeedback state={removeState} />
    </div>
  );
}
