"use client";
// Shown when a page cannot read the database (Next hides the server's message in production; the log has it).

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <div role="alert" className="mx-auto max-w-lg rounded-lg border border-red-200 bg-red-50 px-6 py-8 text-center">
      <h1 className="text-lg font-semibold text-red-900">The dashboard could not load this page</h1>
      <p className="mt-2 text-sm text-red-800">
        Check that DATABASE_URL points at a running, migrated ratecard database; the server log has the details
        {digest ? ` (error ${digest})` : ""}.
      </p>
      <button
        type="button"
        onClick={() => retry()}
        className="mt-4 rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800"
      >
        Try again
      </button>
    </div>
  );
}
