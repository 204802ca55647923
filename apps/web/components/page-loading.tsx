// Shown while a page's queries run (pages render on the server per request): the header stays, the
// content area shows a placeholder instead of a blank screen. Used by the loading.tsx of segments whose
// pages never answer 404/403 (a streamed response has already sent its status), and by <Suspense>.
export function PageLoading() {
  return (
    <div role="status" aria-live="polite" aria-label="Loading" className="animate-pulse space-y-4">
      <div className="h-7 w-48 rounded bg-slate-200" />
      <div className="h-4 w-80 max-w-full rounded bg-slate-200" />
      <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="h-4 rounded bg-slate-100" />
        ))}
      </div>
      <span className="sr-only">Loading…</span>
    </div>
  );
}
