import type { TextDiff } from "@ratecard/core";

// Past this many lines the browser slows down and nobody reads on; the snapshot pages have the full texts.
const MAX_LINES = 3000;

const LINE_STYLE = {
  add: "bg-emerald-50 text-emerald-900",
  remove: "bg-red-50 text-red-900",
  context: "text-slate-700",
} as const;

const MARK = { add: "+", remove: "-", context: " " } as const;

/** A unified diff; the text is rendered by React (escaped), so scraped markup shows as characters. */
export function UnifiedDiff({ diff }: { diff: TextDiff }) {
  if (diff.hunks.length === 0) {
    return <p className="text-sm text-slate-500">The two snapshots have the same normalised text.</p>;
  }
  const total = diff.hunks.reduce((sum, hunk) => sum + hunk.lines.length, 0);
  let budget = MAX_LINES;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white font-mono text-xs leading-5 shadow-sm">
      <p className="border-b border-slate-200 bg-slate-50 px-3 py-1.5 font-sans text-xs text-slate-600">
        <span className="font-medium text-emerald-700">+{diff.added}</span> added,{" "}
        <span className="font-medium text-red-700">-{diff.removed}</span> removed
      </p>
      {diff.hunks.map((hunk) => {
        if (budget <= 0) return null;
        const lines = hunk.lines.slice(0, budget);
        budget -= lines.length;
        return (
          <div key={`${hunk.oldStart}:${hunk.newStart}`} className="border-b border-slate-100 last:border-b-0">
            <div className="bg-sky-50 px-3 py-0.5 text-sky-800 select-none">
              @@ -{hunk.oldStart},{hunk.oldLines} +{hunk.newStart},{hunk.newLines} @@
            </div>
            {lines.map((line, index) => (
              <div key={index} data-op={line.op} className={`flex px-3 ${LINE_STYLE[line.op]}`}>
                <span className="w-4 shrink-0 select-none" aria-hidden="true">
                  {MARK[line.op]}
                </span>
                <span className="break-all whitespace-pre-wrap">{line.text || " "}</span>
              </div>
            ))}
          </div>
        );
      })}
      {total > MAX_LINES && (
        <p className="border-t border-slate-200 bg-amber-50 px-3 py-1.5 font-sans text-xs text-amber-900">
          The diff is longer than {MAX_LINES} lines; open the two snapshots to read them in full.
        </p>
      )}
    </div>
  );
}
