// The home page, the change feed: what changed in any source's prices, newest first, with a way back to the evidence.
import { listChangeEventFacets, listChangeEventsPage, listFailingSources } from "@ratecard/db";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { ChangeEventsTable } from "../components/change-events-table";
import { ChangesFilterForm, type ChangesFilterValues } from "../components/changes-filter-form";
import { DownloadLinks } from "../components/download-links";
import { FailingSourcesBanner } from "../components/failing-sources-banner";
import { PageLoading } from "../components/page-loading";
import { PaginationNav } from "../components/pagination-nav";
import { getDb } from "../lib/db";
import { firstParam } from "../lib/first-param";
import { parseNumberParam } from "../lib/parse-number-param";
import { requireUser } from "../lib/auth/require-user";
import { parsePageParam } from "../lib/parse-page-param";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Changes" };

const PAGE_SIZE = 50;

type Query = Record<string, string | string[] | undefined>;

export default async function ChangesFeedPage({ searchParams }: { searchParams: Promise<Query> }) {
  await requireUser();
  const query = await searchParams;
  // The sign-in check answers before streaming starts; the feed's queries stream in behind a placeholder.
  return (
    <Suspense key={JSON.stringify(query)} fallback={<PageLoading />}>
      <ChangesFeed query={query} />
    </Suspense>
  );
}

async function ChangesFeed({ query }: { query: Query }) {
  const values: ChangesFilterValues = {
    provider: firstParam(query.provider)?.trim() ?? "",
    model: firstParam(query.model)?.trim() ?? "",
    kind: firstParam(query.kind)?.trim() ?? "",
    minPct: firstParam(query.minPct)?.trim() ?? "",
  };
  const page = parsePageParam(query.page);
  const minAbsPct = parseNumberParam(values.minPct, 0);
  const db = getDb();
  const [result, facets, failing] = await Promise.all([
    listChangeEventsPage(db, {
      filter: {
        ...(values.provider ? { provider: values.provider } : {}),
        ...(values.model ? { model: values.model } : {}),
        ...(values.kind ? { kind: values.kind } : {}),
        ...(minAbsPct > 0 ? { minAbsPct } : {}),
      },
      offset: (page - 1) * PAGE_SIZE,
      limit: PAGE_SIZE,
    }),
    listChangeEventFacets(db),
    listFailingSources(db),
  ]);
  const now = new Date();
  const filtered = Boolean(values.provider || values.model || values.kind || minAbsPct > 0);
  const pageHref = (n: number) => {
    const params = new URLSearchParams(Object.entries(values).filter(([, v]) => v !== ""));
    if (n > 1) params.set("page", String(n));
    const text = params.toString();
    return text ? `/?${text}` : "/";
  };

  return (
    <>
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Changes</h1>
        <p className="text-sm text-slate-500">Price and model changes detected across all sources, newest first</p>
      </div>
      <FailingSourcesBanner sources={failing} now={now} />
      <ChangesFilterForm values={values} providers={[...new Set([...facets.providers, ...(values.provider ? [values.provider] : [])])]} kinds={facets.kinds} />
      {result.events.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-sm text-slate-600">
          {filtered ? (
            <>
              No changes match these filters.{" "}
              <Link href="/" className="text-sky-700 hover:underline">
                Show all changes
              </Link>
            </>
          ) : page > 1 ? (
            "No more changes."
          ) : (
            "No changes detected yet: changes appear here once a source's prices differ between two checks."
          )}
        </div>
      ) : (
        <>
          <DownloadLinks
            endpoint="/api/v1/events"
            filters={{ provider: values.provider, model: values.model, kind: values.kind, minPct: minAbsPct > 0 ? String(minAbsPct) : "" }}
            label="these changes"
          />
          <ChangeEventsTable events={result.events} />
        </>
      )}
      <PaginationNav page={page} hasMore={result.hasMore} hrefFor={pageHref} labels={["← Newer", "Older →"]} />
    </>
  );
}
