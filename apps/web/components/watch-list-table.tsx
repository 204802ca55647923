import type { SourceWithLastCheck } from "@ratecard/db";
import Link from "next/link";
import { formatDuration } from "../lib/format-duration";
import { OutcomeBadge } from "./outcome-badge";
import { TimeAgo } from "./time-ago";

// Below the sm breakpoint each row becomes a card (the cells stack, with their labels shown),
// so the outcome stays on screen instead of behind a horizontal scroll.
const CELL = "block px-4 py-1 sm:table-cell sm:py-3";
const LABEL = "mr-1 text-xs text-slate-500 sm:hidden";

export function WatchListTable({ rows, now }: { rows: SourceWithLastCheck[]; now: Date }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="block min-w-full text-sm sm:table sm:divide-y sm:divide-slate-200">
        <thead className="hidden bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase sm:table-header-group">
          <tr>
            <th scope="col" className="px-4 py-3">Source</th>
            <th scope="col" className="px-4 py-3">Schedule</th>
            <th scope="col" className="px-4 py-3">Last check</th>
            <th scope="col" className="px-4 py-3">When</th>
            <th scope="col" className="px-4 py-3 text-right">Duration</th>
            <th scope="col" className="px-4 py-3 text-right">Snapshots</th>
          </tr>
        </thead>
        <tbody className="block divide-y divide-slate-100 sm:table-row-group">
          {rows.map(({ source, lastCheck, snapshotCount }) => (
            <tr key={source.id} data-source-id={source.id} className="block py-2 align-top hover:bg-slate-50 sm:table-row sm:py-0">
              <td className={`${CELL} sm:max-w-xs`}>
                <Link href={`/sources/${source.id}`} className="font-medium text-sky-700 hover:underline">
                  {source.name}
                </Link>
                <div className="mt-0.5 text-xs text-slate-500">
                  {source.provider ?? "no provider"} · {source.kind}
                  {!source.enabled && " · paused"}
                </div>
                <div className="mt-0.5 truncate text-xs text-slate-400" title={source.url}>
                  {source.url}
                </div>
              </td>
              <td className={`${CELL} font-mono text-xs whitespace-nowrap text-slate-600`}>
                <span className={`${LABEL} font-sans`}>Schedule</span>
                {source.schedule}
              </td>
              <td className={`${CELL} sm:max-w-xs`}>
                <OutcomeBadge outcome={lastCheck?.outcome ?? null} />
                {lastCheck?.error && (
                  <p className="mt-1 line-clamp-3 text-xs break-words text-slate-600" title={lastCheck.error}>
                    {lastCheck.error}
                  </p>
                )}
              </td>
              <td className={`${CELL} text-slate-700`}>
                {lastCheck ? <TimeAgo date={lastCheck.startedAt} now={now} /> : <span className="hidden text-slate-400 sm:inline">—</span>}
              </td>
              <td className={`${CELL} whitespace-nowrap text-slate-700 tabular-nums sm:text-right`}>
                <span className={LABEL}>Duration</span>
                {lastCheck ? formatDuration(lastCheck.durationMs) : "—"}
              </td>
              <td className={`${CELL} text-slate-700 tabular-nums sm:text-right`}>
                <span className={LABEL}>Snapshots</span>
                {snapshotCount}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
