// A plain GET form: filtering works without client JavaScript and every view has a shareable URL.
export interface ChangesFilterValues {
  provider: string;
  model: string;
  kind: string;
  minPct: string;
}

const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm focus:border-sky-500 focus:outline-none";

export function ChangesFilterForm({ values, providers, kinds }: { values: ChangesFilterValues; providers: string[]; kinds: string[] }) {
  return (
    <form method="get" action="/" aria-label="Filter changes" className="mb-6 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-5 sm:items-end">
      <label className="text-xs font-medium text-slate-600">
        Provider
        <select name="provider" defaultValue={values.provider} className={field}>
          <option value="">All providers</option>
          {providers.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs font-medium text-slate-600">
        Model contains
        <input type="search" name="model" defaultValue={values.model} placeholder="e.g. mini" className={field} />
      </label>
      <label className="text-xs font-medium text-slate-600">
        Kind
        <select name="kind" defaultValue={values.kind} className={field}>
          <option value="">All kinds</option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {k.replaceAll("_", " ")}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs font-medium text-slate-600">
        Min. |change| %
        <input type="number" name="minPct" min="0" step="any" defaultValue={values.minPct} placeholder="0" className={field} />
      </label>
      <div className="col-span-2 flex gap-2 sm:col-span-1">
        <button type="submit" className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
          Filter
        </button>
        <a href="/" className="rounded-md px-3 py-1.5 text-sm text-slate-600 hover:text-slate-900">
          Reset
        </a>
      </div>
    </form>
  );
}
