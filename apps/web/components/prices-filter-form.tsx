// A plain GET form for the price matrix: works without client JavaScript, every view has a shareable URL.
import { FilterFormButtons } from "./filter-form-buttons";
import { FilterSelect } from "./filter-select";
import { FORM_FIELD_CLASS } from "./form-field-class";

export function PricesFilterForm({ providers, provider, model, sort, dir }: { providers: string[]; provider: string; model: string; sort: string; dir: string }) {
  return (
    <form method="get" action="/prices" aria-label="Filter prices" className="mb-4 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-4 sm:items-end">
      <FilterSelect label="Provider" name="provider" value={provider} allLabel="All providers" options={providers.map((p) => ({ value: p, label: p }))} />
      <label className="text-xs font-medium text-slate-600">
        Model contains
        <input type="search" name="model" defaultValue={model} placeholder="e.g. mini" className={FORM_FIELD_CLASS} />
      </label>
      {sort !== "provider" && <input type="hidden" name="sort" value={sort} />}
      {dir !== "asc" && <input type="hidden" name="dir" value={dir} />}
      <FilterFormButtons resetHref="/prices" />
    </form>
  );
}
