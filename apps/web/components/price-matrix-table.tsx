import Link from "next/link";
import type { PriceColumn, PriceMatrixRow } from "../lib/build-price-matrix";
import { formatTimestamp } from "../lib/format-timestamp";
import { formatUsd } from "../lib/format-usd";
import type { SortKey } from "../lib/sort-price-matrix";

const HEADERS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: "provider", label: "Provider" },
  { key: "model", label: "Model" },
  { key: "input", label: "Input", numeric: true },
  { key: "output", label: "Output", numeric: true },
  { key: "cached", label: "Cached input", numeric: true },
  { key: "batchInput", label: "Batch input", numeric: true },
  { key: "batchOutput", label: "Batch output", numeric: true },
  { key: "longInput", label: "Input > 200K", numeric: true },
  { key: "confirmed", label: "Last confirmed" },
];

export function PriceMatrixTable({
  rows,
  sort,
  dir,
  hrefFor,
}: {
  rows: PriceMatrixRow[];
  sort: SortKey;
  dir: "asc" | "desc";
  hrefFor: (sort: SortKey, dir: "asc" | "desc") => string;
}) {
  const showLong = rows.some((row) => row.prices.longInput !== undefined);
  const headers = HEADERS.filter((h) => h.key !== "longInput" || showLong);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
          <tr>
            {headers.map((h) => {
              const active = h.key === sort;
              const nextDir = active && dir === "asc" ? "desc" : "asc";
              return (
                <th
                  key={h.key}
                  scope="col"
                  aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : "none"}
                  className={`px-4 py-2 whitespace-nowrap ${h.numeric ? "text-right" : ""}`}
                >
                  <Link href={hrefFor(h.key, nextDir)} className={active ? "text-slate-900" : "hover:text-slate-800"}>
                    {h.label}
                    {active ? (dir === "asc" ? " ↑" : " ↓") : ""}
                  </Link>
                </th>
              );
            })}
            <th scope="col" className="px-4 py-2">Evidence</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={`${row.provider}/${row.model}`} data-model={row.model} data-provider={row.provider}>
              <td className="px-4 py-2 text-slate-600">{row.provider}</td>
              <td className="px-4 py-2 font-medium whitespace-nowrap text-slate-900">
                <Link href={`/prices/history?${new URLSearchParams({ provider: row.provider, model: row.model }).toString()}`} className="hover:text-sky-700 hover:underline">
                  {row.model}
                </Link>
              </td>
              {headers
                .filter((h) => h.numeric)
                .map((h) => {
                  const column = h.key as PriceColumn;
                  const value = row.prices[column];
                  return (
                    <td key={h.key} data-column={column} title={row.evidence[column]} className="px-4 py-2 text-right whitespace-nowrap tabular-nums">
                      {value === undefined ? <span className="text-slate-400">—</span> : formatUsd(value)}
                    </td>
                  );
                })}
              <td className="px-4 py-2 whitespace-nowrap text-slate-600">
                <time dateTime={row.confirmedAt.toISOString()} title={formatTimestamp(row.confirmedAt)}>
                  {formatTimestamp(row.confirmedAt).slice(0, 10)}
                </time>
              </td>
              <td className="px-4 py-2 whitespace-nowrap">
                <Link href={`/sources/${row.sourceId}`} className="text-sky-700 hover:underline">
                  {row.sourceName}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
