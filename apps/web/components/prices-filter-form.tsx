// A plain GET form for the price matrix: works without client JavaScript, every view has a shareable URL.
const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm focus:border-sky-500 focus:outline-none";

export function PricesFilterForm({ providers, provider, model, sort, dir }: { providers: string[]; provider: string; model: string; sort: string; dir: string }) {
  return (
    <form method="get" action="/prices" aria-label="Filter prices" className="mb-4 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-4 sm:items-end">
      <label className="text-xs font-medium text-slate-600">
        Provider
        <select name="provider" defaultValue={provider} className={field}>
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
        <input type="search" name="model" defaultValue={model} placeholder="e.g. mini" className={field} />
      </label>
      {sort !== "provider" && <input type="hidden" name="sort" value={sort} />}
      {dir !== "asc" && <input type="hidden" name="dir" value={dir} />}
      <div className="col-span-2 flex gap-2 sm:col-span-1">
        <button type="submit" className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
          Filter
        </button>
        <a href="/prices" className="rounded-md px-3 py-1.5 text-sm text-slate-600 hover:text-slate-900">
          Reset
        </a>
      </div>
    </form>
  );
}
