import Link from "next/link";

export type SnapshotView = "text" | "raw";

/** The toggle between the normalised text and the raw body: two links, so it needs no client script. */
export function SnapshotViewTabs({ snapshotId, view }: { snapshotId: string; view: SnapshotView }) {
  const tabs: { view: SnapshotView; label: string; href: string }[] = [
    { view: "text", label: "Normalised text", href: `/snapshots/${snapshotId}` },
    { view: "raw", label: "Raw body", href: `/snapshots/${snapshotId}?view=raw` },
  ];
  return (
    <nav aria-label="Snapshot view" className="flex gap-1 border-b border-slate-200">
      {tabs.map((tab) => {
        const active = tab.view === view;
        return (
          <Link
            key={tab.view}
            href={tab.href}
            aria-current={active ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${
              active ? "border-sky-600 text-sky-700" : "border-transparent text-slate-500 hover:text-slate-800"
            }`}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
