import { formatTimestamp } from "../lib/format-timestamp";
import type { SnapshotRow } from "./snapshots-table";

/** Two selects in a plain GET form: picking another pair works without any client-side script. */
export function SnapshotPairPicker({
  sourceId,
  snapshots,
  fromId,
  toId,
}: {
  sourceId: string;
  snapshots: SnapshotRow[];
  fromId: string;
  toId: string;
}) {
  const options = snapshots.map((s) => (
    <option key={s.id} value={s.id}>
      {formatTimestamp(s.firstSeenAt)} · {s.contentHash.slice(0, 8)}
    </option>
  ));
  const selectClass =
    "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm focus:border-sky-500 focus:ring-1 focus:ring-sky-500 focus:outline-none";
  return (
    <form method="get" action={`/sources/${sourceId}#diff`} className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <label className="flex-1 text-xs font-medium text-slate-600">
        Old
        <select name="from" defaultValue={fromId} className={selectClass}>
          {options}
        </select>
      </label>
      <label className="flex-1 text-xs font-medium text-slate-600">
        New
        <select name="to" defaultValue={toId} className={selectClass}>
          {options}
        </select>
      </label>
      <button
        type="submit"
        className="rounded-md bg-slate-800 px-4 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-slate-700"
      >
        Compare
      </button>
    </form>
  );
}
