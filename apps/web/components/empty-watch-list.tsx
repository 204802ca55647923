export function EmptyWatchList() {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
      <h2 className="text-base font-semibold text-slate-900">No sources yet</h2>
      <p className="mt-2 text-sm text-slate-600">
        ratecard watches the pages you add. Add one with{" "}
        <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs">
          ratecard sources add https://example.com/pricing
        </code>{" "}
        or import a list with{" "}
        <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs">ratecard sources import FILE.yaml</code>,
        then run <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs">ratecard check --all</code>.
      </p>
    </div>
  );
}
