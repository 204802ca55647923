// The source page's action bar: status, schedule in words with its next runs, and for admins edit,
// pause/resume, check now (with the request's progress) and remove (after a confirmation).
import { defaultSchedule, nextRuns, parseSchedule } from "@ratecard/core/schedule";
import type { Source } from "@ratecard/db";
import Link from "next/link";
import { getCurrentUser } from "../lib/auth/get-current-user";
import { describeSchedule } from "../lib/describe-schedule";
import { formatTimestamp } from "../lib/format-timestamp";
import { deleteSource } from "../lib/sources/delete-source";
import { loadCheckRequest } from "../lib/sources/load-check-request";
import { requestCheck } from "../lib/sources/request-check";
import { setEnabled } from "../lib/sources/set-enabled";
import { CheckNowButton } from "./check-now-button";
import { CheckRequestStatus } from "./check-request-status";

const BUTTON = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50";

export async function SourceActions({ source, checkJobId }: { source: Source; checkJobId?: string }) {
  const user = await getCurrentUser();
  const isAdmin = user?.role === "admin";
  const now = new Date();
  const parsed = parseSchedule(source.schedule || defaultSchedule(source.kind));
  const request = checkJobId ? await loadCheckRequest(source, checkJobId, now) : null;

  return (
    <section id="check-now" aria-label="Source status and actions" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <span
          data-testid="source-status"
          className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${source.enabled ? "bg-emerald-50 text-emerald-800 ring-emerald-600/20" : "bg-amber-100 text-amber-900 ring-amber-600/30"}`}
        >
          {source.enabled ? "active" : "paused"}
        </span>
        {isAdmin && (
          <div className="flex flex-wrap items-start gap-2">
            {source.enabled && <CheckNowButton action={requestCheck.bind(null, source.id)} />}
            <Link href={`/sources/${source.id}/edit`} className={BUTTON}>
              Edit
            </Link>
            <form action={setEnabled.bind(null, source.id, !source.enabled)}>
              <button type="submit" className={BUTTON}>
                {source.enabled ? "Pause" : "Resume"}
              </button>
            </form>
            <details className="group">
              <summary className={`${BUTTON} cursor-pointer list-none text-red-700`}>Remove…</summary>
              <form action={deleteSource.bind(null, source.id)} className="mt-2 max-w-sm space-y-2 rounded-md border border-red-200 bg-red-50 p-3">
                <p className="text-red-900">Remove “{source.name}” and all its checks, snapshots and change events? This cannot be undone.</p>
                <button type="submit" className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800">
                  Yes, remove this source
                </button>
              </form>
            </details>
          </div>
        )}
      </div>
      {parsed.ok ? (
        <div data-testid="source-schedule" className="text-slate-700">
          <p>
            <span className="font-medium">{describeSchedule(parsed.expression)}</span>
            {!source.enabled && <span className="text-amber-800"> — paused, no scheduled checks</span>}
          </p>
          {source.enabled && (
            <p className="mt-0.5 text-xs text-slate-500">
              Next runs: {nextRuns(parsed.expression, now, 5).map(formatTimestamp).join(" · ")}
            </p>
          )}
        </div>
      ) : (
        <p className="text-red-700">{parsed.error}</p>
      )}
      {request && <CheckRequestStatus request={request} />}
    </section>
  );
}
