"use client";
// Add or edit a source. The server action validates (the same rules as the CLI) and answers with the
// problem next to its field; the schedule preview follows the cron field as it is typed.
import { FETCH_MODES, SOURCE_KINDS, type SourceEntryField } from "@ratecard/core/sources";
import { useActionState, useState, type ReactNode } from "react";
import { EMPTY_SOURCE_FORM, type SourceFormState } from "../lib/sources/source-form-state";
import { SchedulePreview } from "./schedule-preview";

type Kind = (typeof SOURCE_KINDS)[number];

const KIND_LABELS: Record<Kind, string> = {
  page: "Web page (pricing page, docs)",
  registry: "Price registry JSON (LiteLLM, OpenRouter, models.dev)",
  github_repo: "GitHub repository (owner/name)",
  discord_invite: "Discord invite",
};

const INPUT = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-[invalid=true]:border-red-500";

export interface SourceFormProps {
  action: (previous: SourceFormState, form: FormData) => Promise<SourceFormState>;
  initial: Record<SourceEntryField, string>;
  submitLabel: string;
  /** The server's clock at render: the preview's next runs count from it. */
  now: string;
}

export function SourceForm({ action, initial, submitLabel, now }: SourceFormProps) {
  const [state, formAction, pending] = useActionState(action, EMPTY_SOURCE_FORM);
  const value = (field: SourceEntryField) => state.values[field] ?? initial[field];
  const [every, setEvery] = useState(initial.every);
  const [kind, setKind] = useState<Kind>(initial.kind as Kind);

  // The schedule's refusal goes once it is retyped: the live preview judges the new value.
  const errorOf = (name: SourceEntryField) => (name === "every" && every !== state.values.every ? undefined : state.errors[name]);
  const field = (name: SourceEntryField, label: string, control: ReactNode, hint?: string) => (
    <div>
      <label htmlFor={`source-${name}`} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {control}
      {hint && <p className="mt-1 text-xs text-slate-500">{hint}</p>}
      {errorOf(name) && (
        <p id={`source-${name}-error`} role="alert" className="mt-1 text-sm text-red-700">
          {errorOf(name)}
        </p>
      )}
    </div>
  );
  const common = (name: SourceEntryField) => ({
    id: `source-${name}`,
    name,
    "aria-invalid": errorOf(name) ? true : undefined,
    "aria-describedby": errorOf(name) ? `source-${name}-error` : undefined,
  });

  return (
    <form action={formAction} aria-label={submitLabel} className="space-y-5 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      {field("url", "URL", <input {...common("url")} type="text" inputMode="url" required defaultValue={value("url")} className={INPUT} />, "For a GitHub repository: owner/name or its URL; for Discord: the invite link.")}
      {field("name", "Name", <input {...common("name")} type="text" required defaultValue={value("name")} className={INPUT} />)}
      {field(
        "kind",
        "Kind",
        <select {...common("kind")} value={kind} onChange={(e) => setKind(e.target.value as Kind)} className={INPUT}>
          {SOURCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>,
      )}
      {field("provider", "Provider", <input {...common("provider")} type="text" defaultValue={value("provider")} placeholder="e.g. anthropic" className={INPUT} />)}
      {field(
        "fetch",
        "Fetch mode",
        <select {...common("fetch")} defaultValue={value("fetch")} className={INPUT}>
          {FETCH_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {mode}
            </option>
          ))}
        </select>,
        "auto: plain HTTP, and a browser when the page is rendered by script.",
      )}
      {field("selector", "CSS selector", <input {...common("selector")} type="text" defaultValue={value("selector")} placeholder="whole page" className={`${INPUT} font-mono`} />)}
      {field(
        "ignore",
        "Ignore patterns",
        <textarea {...common("ignore")} rows={3} defaultValue={value("ignore")} className={`${INPUT} font-mono`} />,
        "Regular expressions, one per line: matching text is left out of the comparison.",
      )}
      {field(
        "every",
        "Schedule (cron, UTC)",
        <input
          {...common("every")}
          type="text"
          value={every}
          onChange={(e) => setEvery(e.target.value)}
          placeholder="default for the kind"
          className={`${INPUT} font-mono`}
        />,
        "Five fields (minute hour day-of-month month day-of-week) or @hourly, @daily, @weekly, @monthly.",
      )}
      <SchedulePreview expression={every} kind={kind} from={now} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60"
      >
        {pending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}
