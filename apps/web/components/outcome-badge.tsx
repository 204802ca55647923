import type { CheckOutcome } from "@ratecard/db";

// changed and unchanged are both a successful read; blocked needs a look; failed is broken.
const STYLES: Record<CheckOutcome, string> = {
  changed: "bg-emerald-100 text-emerald-800 ring-emerald-600/20",
  unchanged: "bg-emerald-50 text-emerald-700 ring-emerald-600/20",
  blocked: "bg-amber-100 text-amber-800 ring-amber-600/30",
  failed: "bg-red-100 text-red-800 ring-red-600/20",
};

export function OutcomeBadge({ outcome }: { outcome: CheckOutcome | null }) {
  if (outcome === null) {
    return (
      <span className="inline-flex items-center rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-600 ring-1 ring-slate-500/20 ring-inset">
        never checked
      </span>
    );
  }
  return (
    <span
      data-outcome={outcome}
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[outcome]}`}
    >
      {outcome}
    </span>
  );
}
