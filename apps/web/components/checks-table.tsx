import type { Check } from "@ratecard/db";
import Link from "next/link";
import { formatDuration } from "../lib/format-duration";
import { OutcomeBadge } from "./outcome-badge";
import { TimeAgo } from "./time-ago";

export function ChecksTable({ checks, now }: { checks: Check[]; now: Date }) {
  if (checks.length === 0) return <p className="text-sm text-slate-500">This source has not been checked yet.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
          <tr>
            <th scope="col" className="px-4 py-2">Started</th>
            <th scope="col" className="px-4 py-2">Outcome</th>
            <th scope="col" className="px-4 py-2">Engine</th>
            <th scope="col" className="px-4 py-2 text-right">HTTP</th>
            <th scope="col" className="px-4 py-2 text-right">Duration</th>
            <th scope="col" className="px-4 py-2">Snapshot / error</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {checks.map((check) => (
            <tr key={check.id} className="align-top">
              <td className="px-4 py-2 text-slate-700">
                <TimeAgo date={check.startedAt} now={now} />
              </td>
              <td className="px-4 py-2">
                <OutcomeBadge outcome={check.outcome} />
              </td>
              <td className="px-4 py-2 text-slate-600">{check.engine ?? "—"}</td>
              <td className="px-4 py-2 text-right text-slate-600 tabular-nums">{check.httpStatus ?? "—"}</td>
              <td className="px-4 py-2 text-right whitespace-nowrap text-slate-600 tabular-nums">{formatDuration(check.durationMs)}</td>
              <td className="max-w-md px-4 py-2 text-xs">
                {check.snapshotId && (
                  <Link href={`/snapshots/${check.snapshotId}`} className="font-mono text-sky-700 hover:underline">
                    {check.snapshotId.slice(0, 8)}
                  </Link>
                )}
                {check.error && <p className="break-words text-slate-600">{check.error}</p>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
