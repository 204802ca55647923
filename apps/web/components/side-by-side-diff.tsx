import type { ChangeEvent, SideBySideRow, SideCell } from "@ratecard/core";
import { formatPriceChange } from "../lib/format-price-change";

// As in the inline diff: past this many rows nobody reads on; the snapshot pages have the full texts.
const MAX_ROWS = 3000;

const MARK = { add: "+", remove: "-", context: " " } as const;

const CELL_STYLE = {
  add: "bg-emerald-50 text-emerald-900",
  remove: "bg-red-50 text-red-900",
  context: "text-slate-700",
} as const;

/**
 * Old text on the left, new on the right, changed lines tinted; a row that holds a price change
 * carries "$0.25 → $0.20". Text is rendered by React (escaped), so scraped markup shows as characters.
 */
export function SideBySideDiff({ rows, markers }: { rows: SideBySideRow[]; markers: Map<number, ChangeEvent[]> }) {
  const shown = rows.slice(0, MAX_ROWS);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white font-mono text-xs leading-5 shadow-sm">
      <table className="w-full min-w-[40rem] table-fixed border-collapse" data-testid="side-by-side-diff">
        <colgroup>
          <col className="w-10" />
          <col />
          <col className="w-10" />
          <col />
        </colgroup>
        <thead className="bg-slate-50 font-sans text-xs text-slate-600">
          <tr>
            <th scope="col" colSpan={2} className="border-b border-slate-200 px-3 py-1.5 text-left font-medium">Old</th>
            <th scope="col" colSpan={2} className="border-b border-l border-slate-200 px-3 py-1.5 text-left font-medium">New</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row, index) =>
            row.kind === "hunk" ? (
              <tr key={index} className="bg-sky-50 text-sky-800">
                <td colSpan={4} className="px-3 py-0.5 select-none">
                  @@ line {row.oldStart} → line {row.newStart} @@
                </td>
              </tr>
            ) : (
              <tr key={index} data-row-changed={row.left?.op !== "context" || row.right?.op !== "context" ? "" : undefined}>
                <Cell cell={row.left} side="old" />
                <Cell cell={row.right} side="new" markers={markers.get(index)} />
              </tr>
            ),
          )}
        </tbody>
      </table>
      {rows.length > MAX_ROWS && (
        <p className="border-t border-slate-200 bg-amber-50 px-3 py-1.5 font-sans text-xs text-amber-900">
          The diff is longer than {MAX_ROWS} lines; open the two snapshots to read them in full.
        </p>
      )}
    </div>
  );
}

function Cell({ cell, side, markers }: { cell: SideCell | null; side: "old" | "new"; markers?: ChangeEvent[] | undefined }) {
  const border = side === "new" ? "border-l border-slate-200" : "";
  if (!cell) {
    return (
      <>
        <td className={`bg-slate-50 ${border}`} />
        <td className="bg-slate-50" />
      </>
    );
  }
  const labels = (markers ?? []).map(formatPriceChange).filter((label): label is string => label !== null);
  return (
    <>
      <td className={`px-2 text-right align-top text-slate-400 select-none ${border} ${CELL_STYLE[cell.op]}`}>{cell.line}</td>
      <td data-side={side} data-op={cell.op} className={`px-2 align-top break-words whitespace-pre-wrap ${CELL_STYLE[cell.op]}`}>
        <span className="select-none" aria-hidden="true">
          {MARK[cell.op]}
        </span>
        {cell.text || " "}
        {labels.map((label) => (
          <span key={label} data-testid="price-marker" className="ml-2 inline-block rounded bg-amber-100 px-1.5 font-sans font-semibold whitespace-nowrap text-amber-900">
            {label}
          </span>
        ))}
      </td>
    </>
  );
}
