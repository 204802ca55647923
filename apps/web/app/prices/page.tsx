// The price matrix: what every model costs now, as each provider's own pricing page states it.
import { listCurrentPricePoints, listPriceProviders } from "@ratecard/db";
import type { Metadata } from "next";
import Link from "next/link";
import { DownloadLinks } from "../../components/download-links";
import { PaginationNav } from "../../components/pagination-nav";
import { PriceMatrixTable } from "../../components/price-matrix-table";
import { PricesFilterForm } from "../../components/prices-filter-form";
import { buildPriceMatrix } from "../../lib/build-price-matrix";
import { getDb } from "../../lib/db";
import { getSnapshotPricesCache } from "../../lib/get-snapshot-prices-cache";
import { firstParam } from "../../lib/first-param";
import { isSortKey, sortPriceMatrix, type SortKey } from "../../lib/sort-price-matrix";
import { requireUser } from "../../lib/auth/require-user";
import { parsePageParam } from "../../lib/parse-page-param";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Prices" };

const PAGE_SIZE = 100;
/** Up to this many providers the filter is a row of links; beyond it, the form's list is easier to use. */
const MAX_PROVIDER_LINKS = 12;

export default async function PricesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser();
  const query = await searchParams;
  const requestedSort = firstParam(query.sort);
  const sort: SortKey = isSortKey(requestedSort) ? requestedSort : "provider";
  const dir = firstParam(query.dir) === "desc" ? "desc" : "asc";
  const provider = firstParam(query.provider)?.trim() ?? "";

  const model = firstParam(query.model)?.trim() ?? "";
  const page = parsePageParam(query.page);

  const db = getDb();
  const [providers, current] = await Promise.all([
    listPriceProviders(db, ["page"]),
    listCurrentPricePoints(db, { kinds: ["page"], ...(provider ? { provider } : {}) }, { cache: getSnapshotPricesCache() }),
  ]);
  const needle = model.toLowerCase();
  const matching = buildPriceMatrix(current, new Date()).filter((row) => !needle || row.model.toLowerCase().includes(needle));
  const sorted = sortPriceMatrix(matching, sort, dir);
  const rows = sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const params = (extra: Record<string, string>) => {
    const text = new URLSearchParams({ ...(provider ? { provider } : {}), ...(model ? { model } : {}), ...extra }).toString();
    return text ? `/prices?${text}` : "/prices";
  };
  const hrefFor = (nextSort: SortKey, nextDir: "asc" | "desc") => params({ sort: nextSort, dir: nextDir });
  const pageHref = (n: number) => params({ ...(sort !== "provider" || dir !== "asc" ? { sort, dir } : {}), ...(n > 1 ? { page: String(n) } : {}) });
  const providerHref = (p: string) => {
    const text = new URLSearchParams({ ...(p ? { provider: p } : {}), ...(sort !== "provider" || dir !== "asc" ? { sort, dir } : {}) }).toString();
    return text ? `/prices?${text}` : "/prices";
  };
  const first = (page - 1) * PAGE_SIZE + 1;

  return (
    <>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Prices</h1>
        <p className="text-sm text-slate-500">USD per 1M tokens, standard tier, from each provider&apos;s current pricing page</p>
      </div>
      {providers.length > MAX_PROVIDER_LINKS && <PricesFilterForm providers={providers} provider={provider} model={model} sort={sort} dir={dir} />}
      {providers.length > 0 && providers.length <= MAX_PROVIDER_LINKS && (
        <nav aria-label="Providers" className="mb-4 flex flex-wrap gap-2 text-sm">
          {["", ...providers].map((p) => (
            <Link
              key={p || "all"}
              href={providerHref(p)}
              aria-current={p === provider ? "page" : undefined}
              className={`rounded-full px-3 py-1 ring-1 ring-inset ${p === provider ? "bg-slate-900 text-white ring-slate-900" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-100"}`}
            >
              {p || "All providers"}
            </Link>
          ))}
        </nav>
      )}
      {rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-sm text-slate-600">
          {provider || model ? (
            <>
              No current prices {provider ? `for provider “${provider}”` : ""}{model ? ` for models containing “${model}”` : ""}.{" "}
              <Link href="/prices" className="text-sky-700 hover:underline">
                Show all providers
              </Link>
            </>
          ) : (
            "No prices known yet: prices appear here once a pricing page source has been checked and its prices read."
          )}
        </div>
      ) : (
        <>
          <DownloadLinks endpoint="/api/v1/prices" filters={{ sourceKind: "page", provider, model }} label="these prices" />
          <PriceMatrixTable rows={rows} sort={sort} dir={dir} hrefFor={hrefFor} />
        </>
      )}
      <PaginationNav
        page={page}
        hasMore={page * PAGE_SIZE < sorted.length}
        hrefFor={pageHref}
        summary={`Models ${first.toLocaleString("en-US")}–${Math.min(page * PAGE_SIZE, sorted.length).toLocaleString("en-US")} of ${sorted.length.toLocaleString("en-US")}`}
      />
    </>
  );
}
