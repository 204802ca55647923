// Recent outbox rows: what each alert was about, where it went, and how sending it went.
import { describeAlertDelivery } from "@ratecard/core/alerts";
import type { AlertDeliveriesPage } from "@ratecard/db";
import { formatTimestamp } from "../lib/format-timestamp";
import { DeliveryStateBadge } from "./delivery-state-badge";

export function AlertDeliveriesTable({ deliveries, now }: { deliveries: AlertDeliveriesPage["deliveries"]; now: Date }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full text-sm" aria-label="Recent deliveries">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th className="px-3 py-2 font-medium">Queued</th>
            <th className="px-3 py-2 font-medium">Rule</th>
            <th className="px-3 py-2 font-medium">About</th>
            <th className="px-3 py-2 font-medium">To</th>
            <th className="px-3 py-2 font-medium">Status</th>
            <th className="px-3 py-2 text-right font-medium">Attempts</th>
            <th className="px-3 py-2 font-medium">Last error</th>
            <th className="px-3 py-2 font-medium">Sent</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {deliveries.map((row) => {
            const { state, about, target } = describeAlertDelivery(row, now);
            return (
              <tr key={row.id} data-delivery-id={row.id} data-state={state}>
                <td className="px-3 py-2 whitespace-nowrap text-slate-500">{formatTimestamp(row.createdAt)}</td>
                <td className="px-3 py-2">{row.rule.name}</td>
                <td className="max-w-md px-3 py-2">
                  <span className="mr-1 text-xs tracking-wide text-slate-500 uppercase">{row.kind}</span>
                  {about}
                </td>
                <td className="min-w-[12rem] px-3 py-2">
                  <span className="text-xs text-slate-500">{row.channel === "webhook" ? "" : "email "}</span>
                  {target}
                </td>
                <td className="px-3 py-2">
                  <DeliveryStateBadge state={state} />
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{row.attempts}</td>
                <td className="max-w-xs px-3 py-2 break-words text-red-800">{row.lastError ?? <span className="text-slate-400">—</span>}</td>
                <td className="px-3 py-2 whitespace-nowrap text-slate-500">{row.sentAt ? formatTimestamp(row.sentAt) : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
