// The price matrix: what every model costs now, as each provider's own pricing page states it.
import { listCurrentPricePoints } from "@ratecard/db";
import type { Metadata } from "next";
import Link from "next/link";
import { DownloadLinks } from "../../components/download-links";
import { PriceMatrixTable } from "../../components/price-matrix-table";
import { buildPriceMatrix } from "../../lib/build-price-matrix";
import { getDb } from "../../lib/db";
import { firstParam } from "../../lib/first-param";
import { isSortKey, sortPriceMatrix, type SortKey } from "../../lib/sort-price-matrix";
import { requireUser } from "../../lib/auth/require-user";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Prices" };

export default async function PricesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser();
  const query = await searchParams;
  const requestedSort = firstParam(query.sort);
  const sort: SortKey = isSortKey(requestedSort) ? requestedSort : "provider";
  const dir = firstParam(query.dir) === "desc" ? "desc" : "asc";
  const provider = firstParam(query.provider)?.trim() ?? "";

  const all = buildPriceMatrix(await listCurrentPricePoints(getDb(), { kinds: ["page"] }), new Date());
  const providers = [...new Set(all.map((row) => row.provider))].sort();
  const rows = sortPriceMatrix(provider ? all.filter((row) => row.provider === provider) : all, sort, dir);
  const hrefFor = (nextSort: SortKey, nextDir: "asc" | "desc") => {
    const params = new URLSearchParams({ ...(provider ? { provider } : {}), sort: nextSort, dir: nextDir });
    return `/prices?${params.toString()}`;
  };
  const providerHref = (p: string) => {
    const params = new URLSearchParams({ ...(p ? { provider: p } : {}), ...(sort !== "provider" || dir !== "asc" ? { sort, dir } : {}) });
    const text = params.toString();
    return text ? `/prices?${text}` : "/prices";
  };

  return (
    <>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Prices</h1>
        <p className="text-sm text-slate-500">USD per 1M tokens, standard tier, from each provider&apos;s current pricing page</p>
      </div>
      {providers.length > 0 && (
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
          {provider ? (
            <>
              No current prices for provider “{provider}”.{" "}
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
          <DownloadLinks endpoint="/api/v1/prices" filters={{ sourceKind: "page", provider }} label="these prices" />
          <PriceMatrixTable rows={rows} sort={sort} dir={dir} hrefFor={hrefFor} />
        </>
      )}
    </>
  );
}
