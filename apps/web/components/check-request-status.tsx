// The state of a "check now" request on the source page, polling (refresh every 2 s) until it is done.
import Link from "next/link";
import { formatDuration } from "../lib/format-duration";
import type { CheckRequest } from "../lib/sources/load-check-request";
import { OutcomeBadge } from "./outcome-badge";
import { RefreshWhilePending } from "./refresh-while-pending";

const BOX = "rounded-md border px-3 py-2 text-sm";

export function CheckRequestStatus({ request }: { request: CheckRequest }) {
  switch (request.state) {
    case "unknown":
      return <p className={`${BOX} border-slate-200 bg-slate-50 text-slate-600`}>That check request is not known for this source (it may have expired).</p>;
    case "queue-unavailable":
      return <p className={`${BOX} border-red-200 bg-red-50 text-red-800`}>Cannot read the check request: {request.message}.</p>;
    case "waiting":
      return (
        <div className={`${BOX} ${request.unclaimed ? "border-amber-300 bg-amber-50 text-amber-900" : "border-sky-200 bg-sky-50 text-sky-900"}`} data-check-state="waiting">
          <RefreshWhilePending />
          {request.unclaimed ? (
            <p>
              Check requested, but no worker has taken this check yet: is <code className="font-mono">ratecard worker</code> running?
            </p>
          ) : (
            <p>{request.job.state === "retry" ? "The last attempt failed; a worker will retry it shortly…" : "Check requested: waiting for a worker…"}</p>
          )}
        </div>
      );
    case "running":
      return (
        <div className={`${BOX} border-sky-200 bg-sky-50 text-sky-900`} data-check-state="running">
          <RefreshWhilePending />
          <p>A worker is checking this source now…</p>
        </div>
      );
    case "failed":
      return (
        <div className={`${BOX} border-red-200 bg-red-50 text-red-800`} data-check-state="failed">
          <p className="break-words">The check could not be completed: {request.message}</p>
        </div>
      );
    case "done": {
      const { result } = request;
      if (!result) {
        return (
          <p className={`${BOX} border-slate-200 bg-slate-50 text-slate-700`} data-check-state="done">
            The worker skipped this check ({request.job.output.outcome ?? "no result"}): the source was paused or removed meanwhile.
          </p>
        );
      }
      const { check, priceCount, eventCount } = result;
      return (
        <div className={`${BOX} border-emerald-200 bg-white text-slate-800`} data-check-state="done">
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-medium">Check result:</span>
            <OutcomeBadge outcome={check.outcome} />
            <span className="text-slate-600">in {formatDuration(check.durationMs)}</span>
            {check.httpStatus !== null && <span className="text-slate-600">· HTTP {check.httpStatus}</span>}
          </p>
          {check.error && <p className="mt-1 break-words text-red-800">{check.error}</p>}
          {check.snapshotId && (
            <p className="mt-1 text-slate-700">
              <span data-testid="check-prices-found">
                {priceCount} {priceCount === 1 ? "price" : "prices"} found
              </span>
              {eventCount > 0 && ` · ${eventCount} ${eventCount === 1 ? "change" : "changes"}`} · snapshot{" "}
              <Link href={`/snapshots/${check.snapshotId}`} className="font-mono text-sky-700 hover:underline">
                {check.snapshotId.slice(0, 8)}
              </Link>
            </p>
          )}
        </div>
      );
    }
  }
}
