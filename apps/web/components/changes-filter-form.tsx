// A plain GET form: filtering works without client JavaScript and every view has a shareable URL.
import { FilterFormButtons } from "./filter-form-buttons";
import { FilterSelect } from "./filter-select";
import { FORM_FIELD_CLASS } from "./form-field-class";

export interface ChangesFilterValues {
  provider: string;
  model: string;
  kind: string;
  minPct: string;
}

export function ChangesFilterForm({ values, providers, kinds }: { values: ChangesFilterValues; providers: string[]; kinds: string[] }) {
  return (
    <form method="get" action="/" aria-label="Filter changes" className="mb-6 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-5 sm:items-end">
      <FilterSelect label="Provider" name="provider" value={values.provider} allLabel="All providers" options={providers.map((p) => ({ value: p, label: p }))} />
      <label className="text-xs font-medium text-slate-600">
        Model contains
        <input type="search" name="model" defaultValue={values.model} placeholder="e.g. mini" className={FORM_FIELD_CLASS} />
      </label>
      <FilterSelect label="Kind" name="kind" value={values.kind} allLabel="All kinds" options={kinds.map((k) => ({ value: k, label: k.replaceAll("_", " ") }))} />
      <label className="text-xs font-medium text-slate-600">
        Min. |change| %
        <input type="number" name="minPct" min="0" step="any" defaultValue={values.minPct} placeholder="0" className={FORM_FIELD_CLASS} />
      </label>
      <FilterFormButtons resetHref="/" />
    </form>
  );
}
