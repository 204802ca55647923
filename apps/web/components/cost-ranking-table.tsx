import type { CostRow } from "@ratecard/core";
import { formatUsd } from "../lib/format-usd";

export function CostRankingTable({ rows, volumes }: { rows: CostRow[]; volumes: number[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
          <tr>
            <th scope="col" className="px-4 py-2 text-right">#</th>
            <th scope="col" className="px-4 py-2">Provider</th>
            <th scope="col" className="px-4 py-2">Model</th>
            <th scope="col" className="px-4 py-2 text-right">Per task</th>
            {volumes.map((volume) => (
              <th key={volume} scope="col" className="px-4 py-2 text-right whitespace-nowrap">
                {volume.toLocaleString("en-US")} tasks/mo
              </th>
            ))}
            <th scope="col" className="px-4 py-2">Based on</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row, index) => (
            <tr key={`${row.provider}/${row.model}/${row.source ?? ""}`} data-model={row.model} className="align-top">
              <td className="px-4 py-2 text-right text-slate-500 tabular-nums">{index + 1}</td>
              <td className="px-4 py-2 text-slate-600">{row.provider}</td>
              <td className="px-4 py-2 font-medium whitespace-nowrap text-slate-900">{row.model}</td>
              <td data-column="perTask" className="px-4 py-2 text-right whitespace-nowrap tabular-nums">{formatUsd(row.perTask)}</td>
              {row.monthly.map((m) => (
                <td key={m.volume} className="px-4 py-2 text-right whitespace-nowrap tabular-nums">
                  {formatUsd(m.cost)}
                </td>
              ))}
              <td className="min-w-56 px-4 py-2 text-xs text-slate-500">{row.basis.join("; ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
