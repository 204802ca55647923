// Decreases are good news for buyers (green), increases bad (red); the rest is structural (slate).
const STYLES: Record<string, string> = {
  price_decrease: "bg-emerald-100 text-emerald-800 ring-emerald-600/20",
  price_increase: "bg-red-100 text-red-800 ring-red-600/20",
  model_added: "bg-sky-100 text-sky-800 ring-sky-600/20",
  model_removed: "bg-amber-100 text-amber-800 ring-amber-600/30",
  scheduled_change: "bg-violet-100 text-violet-800 ring-violet-600/20",
};

export function ChangeKindBadge({ kind }: { kind: string }) {
  return (
    <span
      data-kind={kind}
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${STYLES[kind] ?? "bg-slate-100 text-slate-700 ring-slate-500/20"}`}
    >
      {kind.replaceAll("_", " ")}
    </span>
  );
}
