// The watch list (/sources): every source and how its last check went, filtered and paged.
import { listFailingSources, listSourcesWithLastCheck } from "@ratecard/db";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyWatchList } from "../../components/empty-watch-list";
import { FailingSourcesBanner } from "../../components/failing-sources-banner";
import { FilterFormButtons } from "../../components/filter-form-buttons";
import { FilterSelect } from "../../components/filter-select";
import { FORM_FIELD_CLASS } from "../../components/form-field-class";
import { PaginationNav } from "../../components/pagination-nav";
import { WatchListTable } from "../../components/watch-list-table";
import { requireUser } from "../../lib/auth/require-user";
import { getDb } from "../../lib/db";
import { filterWatchList, WATCH_LIST_STATUSES, type WatchListStatus } from "../../lib/filter-watch-list";
import { firstParam } from "../../lib/first-param";
import { parsePageParam } from "../../lib/parse-page-param";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sources" };

const PAGE_SIZE = 100;
const KINDS = ["page", "registry", "github_repo", "discord_invite"] as const;

export default async function WatchListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const query = await searchParams;
  const text = firstParam(query.q)?.trim() ?? "";
  const kind = KINDS.find((k) => k === firstParam(query.kind)) ?? "";
  const status = WATCH_LIST_STATUSES.find((s) => s.value === firstParam(query.status))?.value ?? "";
  const page = parsePageParam(query.page);

  const db = getDb();
  const [rows, failing] = await Promise.all([listSourcesWithLastCheck(db), listFailingSources(db)]);
  const matching = filterWatchList(rows, { text, ...(kind ? { kind } : {}), ...(status ? { status: status as WatchListStatus } : {}) });
  const shown = matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const filtered = Boolean(text || kind || status);
  const pageHref = (n: number) => {
    const params = new URLSearchParams(Object.entries({ q: text, kind, status, page: n > 1 ? String(n) : "" }).filter(([, v]) => v !== ""));
    const qs = params.toString();
    return qs ? `/sources?${qs}` : "/sources";
  };
  const now = new Date();

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
      <FailingSourcesBanner sources={failing} now={now} />
      {rows.length > 0 && (
        <form method="get" action="/sources" aria-label="Filter sources" className="mb-4 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-4 sm:items-end">
          <label className="text-xs font-medium text-slate-600">
            Name, URL or provider
            <input type="search" name="q" defaultValue={text} placeholder="e.g. anthropic" className={FORM_FIELD_CLASS} />
          </label>
          <FilterSelect label="Kind" name="kind" value={kind} allLabel="All kinds" options={KINDS.map((k) => ({ value: k, label: k.replace("_", " ") }))} />
          <FilterSelect label="Status" name="status" value={status} allLabel="Any status" options={WATCH_LIST_STATUSES} />
          <FilterFormButtons resetHref="/sources" />
        </form>
      )}
      {rows.length === 0 ? (
        <EmptyWatchList />
      ) : shown.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-sm text-slate-600">
          {filtered ? "No sources match these filters." : "No more sources."}{" "}
          <Link href="/sources" className="text-sky-700 hover:underline">
            Show all sources
          </Link>
        </div>
      ) : (
        <WatchListTable rows={shown} now={now} />
      )}
      <PaginationNav
        page={page}
        hasMore={page * PAGE_SIZE < matching.length}
        hrefFor={pageHref}
        summary={`Sources ${((page - 1) * PAGE_SIZE + 1).toLocaleString("en-US")}–${Math.min(page * PAGE_SIZE, matching.length).toLocaleString("en-US")} of ${matching.length.toLocaleString("en-US")}`}
      />
    </>
  );
}
