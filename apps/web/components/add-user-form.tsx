"use client";
import { useActionState } from "react";
import { addUserAction } from "../lib/users/add-user-action";
import { EMPTY_USER_FORM_STATE, MIN_PASSWORD_LENGTH, type UserFormState } from "../lib/users/user-form-state";
import { UserFormFeedback } from "./user-form-feedback";
import { FORM_FIELD_CLASS } from "./form-field-class";


export function AddUserForm() {
  const [state, action, pending] = useActionState<UserFormState, FormData>(addUserAction, EMPTY_USER_FORM_STATE);
  return (
    <form action={action} aria-label="Add user" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr_2fr_auto] sm:items-end">
        <label className="text-xs font-medium text-slate-600">
          Email
          <input name="email" type="text" inputMode="email" autoComplete="off" required className={FORM_FIELD_CLASS} />
        </label>
        <label className="text-xs font-medium text-slate-600">
          Role
          <select name="role" defaultValue="viewer" className={FORM_FIELD_CLASS}>
            <option value="viewer">viewer</option>
            <option value="admin">admin</option>
          </select>
        </label>
        <label className="text-xs font-medium text-slate-600">
          Password
          <input name="password" type="password" autoComplete="new-password" placeholder={`empty: generate one (or ≥ ${MIN_PASSWORD_LENGTH} characters)`} className={FORM_FIELD_CLASS} />
        </label>
        <button type="submit" disabled={pending} className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60">
          {pending ? "Adding…" : "Add user"}
        </button>
      </div>
      <UserFormFeedback state={state} />
    </form>
  );
}
