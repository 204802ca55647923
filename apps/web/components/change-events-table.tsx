import type { ChangeEventsPage } from "@ratecard/db";
import Link from "next/link";
import { formatPercent } from "../lib/format-percent";
import { formatTimestamp } from "../lib/format-timestamp";
import { formatUsd } from "../lib/format-usd";
import { ChangeKindBadge } from "./change-kind-badge";

type Event = ChangeEventsPage["events"][number];

function diffHref(event: Event): string {
  const params = new URLSearchParams({ ...(event.fromSnapshotId ? { from: event.fromSnapshotId } : {}), to: event.toSnapshotId });
  return `/sources/${event.sourceId}?${params.toString()}`;
}

function amount(value: Event["oldValue"], currency: string | null): string {
  if (value === null) return "—";
  const n = Number(value);
  return !currency || currency === "USD" ? formatUsd(n) : `${n} ${currency}`;
}

export function ChangeEventsTable({ events }: { events: Event[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
          <tr>
            <th scope="col" className="px-4 py-2">Change</th>
            <th scope="col" className="px-4 py-2">Kind</th>
            <th scope="col" className="px-4 py-2">Provider / model</th>
            <th scope="col" className="px-4 py-2 text-right">Old → new</th>
            <th scope="col" className="px-4 py-2">Detected</th>
            <th scope="col" className="px-4 py-2">Evidence</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {events.map((event) => (
            <tr key={event.id} data-event-id={event.id} className="align-top">
              <td className="max-w-md min-w-64 px-4 py-2 break-words text-slate-900">{event.summary || "—"}</td>
              <td className="px-4 py-2">
                <ChangeKindBadge kind={event.kind} />
              </td>
              <td className="px-4 py-2">
                <span className="text-slate-600">{event.provider ?? "—"}</span>
                <span className="block font-medium text-slate-900">{event.model ?? "—"}</span>
                {(event.dimension || event.tier) && (
                  <span className="block text-xs text-slate-500">
                    {[event.dimension, event.tier, event.contextAbove ? `> ${event.contextAbove.toLocaleString("en-US")} tokens` : null]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                )}
              </td>
              <td className="px-4 py-2 text-right whitespace-nowrap tabular-nums">
                {event.oldValue !== null || event.newValue !== null ? (
                  <>
                    {amount(event.oldValue, event.currency)} → {amount(event.newValue, event.currency)}
                    {event.pctChange !== null && (
                      <span data-pct className={`block text-xs ${Number(event.pctChange) > 0 ? "text-red-700" : "text-emerald-700"}`}>
                        {formatPercent(Number(event.pctChange))}
                      </span>
                    )}
                  </>
                ) : (
                  "—"
                )}
              </td>
              <td className="px-4 py-2 whitespace-nowrap text-slate-600">
                <time dateTime={event.detectedAt.toISOString()}>{formatTimestamp(event.detectedAt).slice(0, 10)}</time>
              </td>
              <td className="px-4 py-2 whitespace-nowrap">
                <Link href={diffHref(event)} className="text-sky-700 hover:underline">
                  View diff
                </Link>
                <span className="block text-xs text-slate-500">{event.source.name}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
