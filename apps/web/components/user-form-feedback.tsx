import type { UserFormState } from "../lib/users/user-form-state";

/** A user form's outcome: the error, or the confirmation with a generated password shown this once. */
export function UserFormFeedback({ state }: { state: UserFormState }) {
  if (state.error) {
    return (
      <p role="alert" className="mt-2 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
        {state.error}
      </p>
    );
  }
  if (!state.message) return null;
  return (
    <div role="status" className="mt-2 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
      {state.message}
      {state.generatedPassword && (
        <p className="mt-1">
          Generated password (shown only now, pass it on safely):{" "}
          <code data-testid="generated-password" className="rounded bg-white px-1.5 py-0.5 font-mono text-slate-900 select-all">
            {state.generatedPassword}
          </code>
        </p>
      )}
    </div>
  );
}
