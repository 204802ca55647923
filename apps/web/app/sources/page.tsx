// The watch list (/sources): every source and how its last check went.
import { listSourcesWithLastCheck } from "@ratecard/db";
import type { Metadata } from "next";
import { EmptyWatchList } from "../../components/empty-watch-list";
import { FailingSourcesBanner, type FailingSource } from "../../components/failing-sources-banner";
import { WatchListTable } from "../../components/watch-list-table";
import { getDb } from "../../lib/db";
import Link from "next/link";
import { requireUser } from "../../lib/auth/require-user";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sources" };

export default async function WatchListPage() {
  const user = await requireUser();
  const rows = await listSourcesWithLastCheck(getDb());
  const now = new Date();
  const failing: FailingSource[] = rows.flatMap(({ source, lastCheck }) =>
    lastCheck?.outcome === "failed" || lastCheck?.outcome === "blocked"
      ? [{ id: source.id, name: source.name, outcome: lastCheck.outcome }]
      : [],
  );
  return (
    <>
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Sources</h1>
        <div className="flex items-baseline gap-4">
          <p className="text-sm text-slate-500">
            {rows.length} {rows.length === 1 ? "source" : "sources"} watched
          </p>
          {user.role === "admin" && (
            <Link href="/sources/new" className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
              Add source
            </Link>
          )}
        </div>
      </div>
      <FailingSourcesBanner sources={failing} />
      {rows.length === 0 ? <EmptyWatchList /> : <WatchListTable rows={rows} now={now} />}
    </>
  );
}
