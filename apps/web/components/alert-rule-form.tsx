"use client";
// The create and edit form of an alert rule: every setting `ratecard alerts add` takes. Inputs are plain
// text where the server validates (emails, URL, percent, time zone), so bad input reaches the same checks
// as the CLI and comes back as a message beside its field.
import { ALERT_EVENT_KINDS, type AlertRuleField } from "@ratecard/core/alerts";
import { useActionState, type InputHTMLAttributes, type ReactNode } from "react";
import type { AlertRuleFormState, AlertRuleFormValues } from "../lib/alerts/alert-rule-form-state";
import { ALERT_RULE_LABELS } from "../lib/alerts/alert-rule-labels";
import { FORM_FIELD_CLASS } from "./form-field-class";

type Action = (previous: AlertRuleFormState, form: FormData) => Promise<AlertRuleFormState>;

const input = `${FORM_FIELD_CLASS} aria-[invalid=true]:border-red-500`;
const label = "block text-xs font-medium text-slate-600";
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

function invalid(field: AlertRuleField, errors: AlertRuleFormState["errors"]) {
  return errors[field] ? { "aria-invalid": true, "aria-describedby": `${field}-error` } : {};
}

/** A labelled control with its error (or hint) below; `bare` leaves the labelling to the children (a fieldset). */
function Field({ field, errors, hint, bare, children }: { field: AlertRuleField; errors: AlertRuleFormState["errors"]; hint?: string; bare?: boolean; children: ReactNode }) {
  const error = errors[field];
  return (
    <div data-field={field}>
      {bare ? (
        children
      ) : (
        <label className={label}>
          {ALERT_RULE_LABELS[field]}
          {children}
        </label>
      )}
      {error ? (
        <p id={`${field}-error`} className="mt-1 text-xs text-red-700">
          {error}
        </p>
      ) : hint ? (
        <p className="mt-1 text-xs text-slate-500">{hint}</p>
      ) : null}
    </div>
  );
}

export function AlertRuleForm({
  action,
  initial,
  ruleId,
  sources,
  timeZones,
  submitLabel,
}: {
  action: Action;
  initial: AlertRuleFormValues;
  ruleId?: string;
  sources: { id: string; name: string }[];
  timeZones: string[];
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState<AlertRuleFormState, FormData>(action, { attempt: 0, values: initial, errors: {}, message: null, saved: false });
  const v = state.values;
  const e = state.errors;
  const L = ALERT_RULE_LABELS;
  const text = (field: AlertRuleField & keyof AlertRuleFormValues, hint: string, extra: InputHTMLAttributes<HTMLInputElement> = {}) => (
    <Field field={field} errors={e} hint={hint}>
      <input name={field} defaultValue={String(v[field])} autoComplete="off" className={input} {...extra} {...invalid(field, e)} />
    </Field>
  );
  return (
    <form key={state.attempt} action={formAction} aria-label={ruleId ? "Edit alert rule" : "New alert rule"} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      {ruleId && <input type="hidden" name="id" value={ruleId} />}
      {Object.keys(e).length > 0 && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          The rule was not saved: fix the fields marked below.
        </p>
      )}
      {state.message && (
        <p role="status" className={`rounded-md border px-3 py-2 text-sm ${state.saved ? "border-emerald-200 bg-emerald-50 text-emerald-800" : "border-amber-200 bg-amber-50 text-amber-800"}`}>
          {state.message}
        </p>
      )}
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-800">Name and where to send</legend>
        <label className={`${label} sm:col-span-2`}>
          Name
          <input name="name" defaultValue={v.name} placeholder="e.g. Opus price cuts (optional)" className={input} />
        </label>
        {text("email", "Comma-separated; give recipients, a webhook, or both.", { placeholder: "cto@example.com, pm@example.com" })}
        {text("webhook", "Slack-compatible incoming webhook.", { placeholder: "https://hooks.slack.com/services/…" })}
      </fieldset>

      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-800">What it matches (empty means any)</legend>
        <Field field="source" errors={e} hint="Hold Ctrl/⌘ to pick several.">
          <select name="source" multiple defaultValue={v.source} size={Math.min(6, Math.max(3, sources.length))} className={input} {...invalid("source", e)}>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </Field>
        <div className="space-y-3">
          {text("provider", "Comma-separated, e.g. anthropic, openai.")}
          {text("model", "Globs, comma-separated, e.g. claude-opus-*.")}
        </div>
        <Field field="kinds" errors={e} bare>
          <fieldset className="sm:col-span-2">
            <legend className={label}>{L.kinds}</legend>
            <div className="mt-1 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3">
              {ALERT_EVENT_KINDS.map((kind) => (
                <label key={kind} className="flex items-center gap-2 text-sm text-slate-700">
                  <input type="checkbox" name="kinds" value={kind} defaultChecked={v.kinds.includes(kind)} />
                  {kind.replaceAll("_", " ")}
                </label>
              ))}
            </div>
          </fieldset>
        </Field>
        <div className="grid grid-cols-2 gap-3">
          {text("minPct", "Either way, e.g. 10.", { inputMode: "decimal" })}
          <Field field="direction" errors={e}>
            <select name="direction" defaultValue={v.direction} className={input} {...invalid("direction", e)}>
              <option value="any">up or down</option>
              <option value="up">increases only</option>
              <option value="down">decreases only</option>
            </select>
          </Field>
          {text("failureStreak", "Failed checks in a row (default 3).", { inputMode: "numeric", placeholder: "3" })}
        </div>
      </fieldset>

      <fieldset className="grid gap-3 sm:grid-cols-4">
        <legend className="mb-2 text-sm font-semibold text-slate-800">When</legend>
        <Field field="cadence" errors={e}>
          <select name="cadence" defaultValue={v.cadence} className={input} {...invalid("cadence", e)}>
            <option value="immediate">immediately</option>
            <option value="daily">daily digest</option>
            <option value="weekly">weekly digest</option>
          </select>
        </Field>
        <Field field="hour" errors={e} hint="Digests only (default 09).">
          <select name="hour" defaultValue={v.hour} className={input} {...invalid("hour", e)}>
            <option value="">default</option>
            {Array.from({ length: 24 }, (_, h) => (
              <option key={h} value={String(h)}>
                {String(h).padStart(2, "0")}:00
              </option>
            ))}
          </select>
        </Field>
        <Field field="weekday" errors={e} hint="Weekly only (default Monday).">
          <select name="weekday" defaultValue={v.weekday} className={input} {...invalid("weekday", e)}>
            <option value="">default</option>
            {WEEKDAYS.map((day) => (
              <option key={day} value={day}>
                {day.charAt(0).toUpperCase() + day.slice(1)}
              </option>
            ))}
          </select>
        </Field>
        <div>
          {text("tz", "IANA name, e.g. Europe/Berlin.", { list: "alert-time-zones" })}
          <datalist id="alert-time-zones">
            {timeZones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </div>
        <label className="flex items-center gap-2 text-sm text-slate-700 sm:col-span-4">
          <input type="checkbox" name="traction" defaultChecked={v.traction} />
          Also send the weekly traction report (at the weekly digest’s day and hour)
        </label>
        {ruleId && (
          <label className="flex items-center gap-2 text-sm text-slate-700 sm:col-span-4">
            <input type="hidden" name="enabledShown" value="1" />
            <input type="checkbox" name="enabled" defaultChecked={v.enabled} />
            Enabled (a disabled rule sends nothing)
          </label>
        )}
      </fieldset>

      <button type="submit" disabled={pending} className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60">
        {pending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}
