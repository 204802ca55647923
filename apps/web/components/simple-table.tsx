import type { ReactNode } from "react";

/** A bordered, horizontally scrolling table with a plain header row; the caller renders the body rows. */
export function SimpleTable({ headers, label, bodyClassName = "", children }: {
  /** Column titles; an empty string leaves a header cell blank (e.g. above row actions). */
  headers: readonly string[];
  label?: string;
  bodyClassName?: string;
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full text-sm" aria-label={label}>
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            {headers.map((header, i) => (
              <th key={`${i}-${header}`} className="px-4 py-2 font-medium">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={`divide-y divide-slate-100 ${bodyClassName}`}>{children}</tbody>
      </table>
    </div>
  );
}
