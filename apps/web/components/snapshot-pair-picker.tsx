import Link from "next/link";
import { formatTimestamp } from "../lib/format-timestamp";
import type { SnapshotRow } from "./snapshots-table";

export const TIMELINE_PAGE_SIZE = 10;

/**
 * The source's snapshots as a timeline, newest first, each with an "old" and a "new" radio button,
 * in a plain GET form: picking another pair works without any client-side script. Long timelines are
 * paged; the chosen pair travels along in the page links and in hidden fields.
 */
export function SnapshotPairPicker({
  sourceId,
  snapshots,
  fromId,
  toId,
  view,
  page,
  screenshotIds,
}: {
  sourceId: string;
  snapshots: SnapshotRow[];
  fromId: string;
  toId: string;
  view: "split" | "inline";
  page: number;
  screenshotIds: Set<string>;
}) {
  const pages = Math.max(1, Math.ceil(snapshots.length / TIMELINE_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const shown = snapshots.slice((current - 1) * TIMELINE_PAGE_SIZE, current * TIMELINE_PAGE_SIZE);
  const onPage = new Set(shown.map((s) => s.id));
  const pageHref = (n: number) =>
    `/sources/${sourceId}?from=${fromId}&to=${toId}${view === "inline" ? "&view=inline" : ""}&tpage=${n}#diff`;
  return (
    <form method="get" action={`/sources/${sourceId}#diff`} aria-label="Pick two snapshots" className="rounded-lg border border-slate-200 bg-white shadow-sm">
      {view === "inline" && <input type="hidden" name="view" value="inline" />}
      <ol aria-label="Snapshot timeline" className="divide-y divide-slate-100 text-sm">
        {shown.map((snapshot) => {
          const time = formatTimestamp(snapshot.firstSeenAt);
          const role = snapshot.id === toId ? "new" : snapshot.id === fromId ? "old" : null;
          return (
            <li key={snapshot.id} data-timeline-snapshot={snapshot.id} className={`flex flex-wrap items-center gap-x-4 gap-y-1 px-3 py-2 ${role ? "bg-sky-50/60" : ""}`}>
              <span className="flex gap-3">
                <label className="flex items-center gap-1 text-xs text-slate-600">
                  <input type="radio" name="from" value={snapshot.id} defaultChecked={snapshot.id === fromId} aria-label={`Old: ${time}`} />
                  old
                </label>
                <label className="flex items-center gap-1 text-xs text-slate-600">
                  <input type="radio" name="to" value={snapshot.id} defaultChecked={snapshot.id === toId} aria-label={`New: ${time}`} />
                  new
                </label>
              </span>
              <span className="tabular-nums text-slate-800">{time}</span>
              <span className="font-mono text-xs text-slate-500" title={snapshot.contentHash}>
                {snapshot.contentHash.slice(0, 8)}
              </span>
              {snapshot.id === snapshots[0]?.id && <span className="text-xs text-slate-500">latest</span>}
              <span className="ml-auto flex gap-3 text-xs">
                <Link href={`/snapshots/${snapshot.id}`} className="text-sky-700 hover:underline">
                  text
                </Link>
                <Link href={`/snapshots/${snapshot.id}?view=raw`} className="text-sky-700 hover:underline">
                  raw page
                </Link>
                {screenshotIds.has(snapshot.id) && (
                  <a href={`/snapshots/${snapshot.id}/screenshot`} className="text-sky-700 hover:underline">
                    screenshot
                  </a>
                )}
              </span>
            </li>
          );
        })}
      </ol>
      {/* The chosen pair when it lies on another page; a radio picked here comes first in the query and wins. */}
      {!onPage.has(fromId) && <input type="hidden" name="from" value={fromId} />}
      {!onPage.has(toId) && <input type="hidden" name="to" value={toId} />}
      <div className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 px-3 py-2">
        {pages > 1 ? (
          <nav aria-label="Timeline pages" className="flex items-center gap-3 text-xs text-slate-600">
            {current > 1 ? <Link href={pageHref(current - 1)} className="text-sky-700 hover:underline">← newer</Link> : <span className="text-slate-400">← newer</span>}
            <span>
              page {current} of {pages}
            </span>
            {current < pages ? <Link href={pageHref(current + 1)} className="text-sky-700 hover:underline">older →</Link> : <span className="text-slate-400">older →</span>}
          </nav>
        ) : (
          <span className="text-xs text-slate-500">{snapshots.length} snapshots</span>
        )}
        <button type="submit" className="rounded-md bg-slate-800 px-4 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-slate-700">
          Compare
        </button>
      </div>
    </form>
  );
}
