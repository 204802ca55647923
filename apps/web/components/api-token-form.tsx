"use client";
// Creates an API token and shows it once, with a curl line to try it.
import { useActionState } from "react";
import { createTokenAction, type CreateTokenState } from "../app/settings/api-tokens/actions";

export function ApiTokenForm() {
  const [state, action, pending] = useActionState<CreateTokenState, FormData>(createTokenAction, { error: null, created: null });
  return (
    <div className="space-y-4">
      <form action={action} aria-label="Create API token" className="flex flex-wrap items-end gap-3">
        <label className="block min-w-0 flex-1 text-sm font-medium text-slate-700">
          Name
          <input
            name="name"
            required
            maxLength={80}
            placeholder="e.g. weekly export script"
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
        </label>
        <label className="block text-sm font-medium text-slate-700">
          Expires
          <select name="expiresIn" defaultValue="90" className="mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
            <option value="30">in 30 days</option>
            <option value="90">in 90 days</option>
            <option value="365">in a year</option>
            <option value="never">never</option>
          </select>
        </label>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-slate-900 px-3 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60"
        >
          {pending ? "Creating…" : "Create token"}
        </button>
      </form>
      {state.error && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.error}
        </p>
      )}
      {state.created && (
        <div role="status" className="space-y-2 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-3 text-sm text-emerald-900">
          <p>
            Token “{state.created.name}” created. Copy it now: it is not shown again.
          </p>
          <code data-testid="new-api-token" className="block overflow-x-auto rounded bg-white px-2 py-1 font-mono text-xs text-slate-900 ring-1 ring-emerald-200">
            {state.created.token}
          </code>
          <p className="text-xs text-emerald-800">
            Try it: <code className="break-all font-mono">curl -H &quot;Authorization: Bearer {state.created.token}&quot; {typeof window === "undefined" ? "" : window.location.origin}/api/v1/prices</code>
          </p>
        </div>
      )}
    </div>
  );
}
