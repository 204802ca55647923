import Link from "next/link";
import { TimeAgo } from "./time-ago";

export interface SnapshotRow {
  id: string;
  contentHash: string;
  firstSeenAt: Date;
  lastSeenAt: Date;
}

/** A source's snapshots, newest first, each with a link to the diff against the one before it. */
export function SnapshotsTable({
  sourceId,
  snapshots,
  compared,
  now,
}: {
  sourceId: string;
  snapshots: SnapshotRow[];
  compared: { fromId: string; toId: string } | null;
  now: Date;
}) {
  if (snapshots.length === 0) return <p className="text-sm text-slate-500">No content has been stored for this source yet.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
          <tr>
            <th scope="col" className="px-4 py-2">Snapshot</th>
            <th scope="col" className="px-4 py-2">First seen</th>
            <th scope="col" className="px-4 py-2">Last seen</th>
            <th scope="col" className="px-4 py-2">Hash</th>
            <th scope="col" className="px-4 py-2">Compare</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {snapshots.map((snapshot, index) => {
            const older = snapshots[index + 1];
            const role = snapshot.id === compared?.toId ? "new" : snapshot.id === compared?.fromId ? "old" : null;
            return (
              <tr key={snapshot.id} data-snapshot-id={snapshot.id} className={role ? "bg-sky-50/60 align-top" : "align-top"}>
                <td className="px-4 py-2">
                  <Link href={`/snapshots/${snapshot.id}`} className="font-mono text-sky-700 hover:underline">
                    {snapshot.id.slice(0, 8)}
                  </Link>
                  {index === 0 && <span className="ml-2 text-xs text-slate-500">latest</span>}
                  {role && <span className="ml-2 rounded bg-sky-100 px-1.5 py-0.5 text-xs text-sky-800">{role}</span>}
                </td>
                <td className="px-4 py-2 text-slate-700">
                  <TimeAgo date={snapshot.firstSeenAt} now={now} />
                </td>
                <td className="px-4 py-2 text-slate-700">
                  <TimeAgo date={snapshot.lastSeenAt} now={now} />
                </td>
                <td className="px-4 py-2 font-mono text-xs text-slate-600" title={snapshot.contentHash}>
                  {snapshot.contentHash.slice(0, 12)}
                </td>
                <td className="px-4 py-2 text-xs whitespace-nowrap">
                  {older ? (
                    <Link
                      href={`/sources/${sourceId}?from=${older.id}&to=${snapshot.id}#diff`}
                      className="text-sky-700 hover:underline"
                    >
                      diff with previous
                    </Link>
                  ) : (
                    <span className="text-slate-400">first version</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
