import type { AlertDeliveryState } from "@ratecard/core/alerts";

const STYLES: Record<AlertDeliveryState, string> = {
  queued: "bg-slate-100 text-slate-700 ring-slate-500/20",
  sending: "bg-sky-100 text-sky-800 ring-sky-600/20",
  retrying: "bg-amber-100 text-amber-800 ring-amber-600/30",
  sent: "bg-emerald-100 text-emerald-800 ring-emerald-600/20",
  failed: "bg-red-100 text-red-800 ring-red-600/20",
};

export function DeliveryStateBadge({ state }: { state: AlertDeliveryState }) {
  return <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[state]}`}>{state}</span>;
}
