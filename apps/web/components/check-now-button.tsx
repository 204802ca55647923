"use client";
import { useActionState } from "react";

/** The "Check now" button; a refusal (paused source, no queue yet) is shown beside it. */
export function CheckNowButton({ action }: { action: (previous: { error: string | null }) => Promise<{ error: string | null }> }) {
  const [state, formAction, pending] = useActionState(action, { error: null });
  return (
    <form action={formAction} className="inline">
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60"
      >
        {pending ? "Requesting…" : "Check now"}
      </button>
      {state.error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {state.error}
        </p>
      )}
    </form>
  );
}
