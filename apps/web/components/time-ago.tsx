import { formatRelativeTime } from "../lib/format-relative-time";
import { formatTimestamp } from "../lib/format-timestamp";

/** A time shown both ways: relative for scanning, absolute (UTC) for reading. */
export function TimeAgo({ date, now }: { date: Date; now: Date }) {
  return (
    <time dateTime={date.toISOString()} title={formatTimestamp(date)} className="whitespace-nowrap">
      {formatRelativeTime(date, now)}
      <span className="block text-xs text-slate-500">{formatTimestamp(date)}</span>
    </time>
  );
}
