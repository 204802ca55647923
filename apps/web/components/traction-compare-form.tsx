import type { ComparisonMode } from "@ratecard/core/traction";
import { tractionMetricLabel } from "../lib/traction-metrics";

export const COMPARISON_MODES: { mode: ComparisonMode; label: string }[] = [
  { mode: "date", label: "By date" },
  { mode: "aligned", label: "Days since first sample" },
  { mode: "growth", label: "Growth since first sample (%)" },
];

/** Which sources, which metric and which alignment: a plain GET form, so the comparison is a shareable URL. */
export function TractionCompareForm({
  sources,
  selected,
  metrics,
  metric,
  mode,
}: {
  sources: { sourceId: string; name: string; kind: string }[];
  selected: Set<string>;
  metrics: string[];
  metric: string;
  mode: ComparisonMode;
}) {
  return (
    <form method="get" action="/traction#compare" aria-label="Compare" className="space-y-3 text-sm">
      <fieldset>
        <legend className="text-xs font-medium text-slate-600">Repositories and communities</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {sources.map((source) => (
            <label key={source.sourceId} className="flex items-center gap-1.5">
              <input type="checkbox" name="source" value={source.sourceId} defaultChecked={selected.has(source.sourceId)} />
              {source.name}
              <span className="text-xs text-slate-400">{source.kind === "github_repo" ? "repo" : "Discord"}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-end gap-4">
        <label className="text-xs font-medium text-slate-600">
          Metric
          <select name="metric" defaultValue={metric} className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm">
            {metrics.map((name) => (
              <option key={name} value={name}>
                {tractionMetricLabel(name)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
          <legend className="text-xs font-medium text-slate-600">Scale</legend>
          {COMPARISON_MODES.map((option) => (
            <label key={option.mode} className="mt-1 flex items-center gap-1.5">
              <input type="radio" name="mode" value={option.mode} defaultChecked={option.mode === mode} />
              {option.label}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="rounded-md bg-slate-800 px-4 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-slate-700">
          Compare
        </button>
      </div>
    </form>
  );
}
