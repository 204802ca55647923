// A plain GET form: the calculation runs on the server and every workload has a shareable URL.
import { FORM_FIELD_CLASS } from "./form-field-class";

export interface CostFormValues {
  input: string;
  output: string;
  cachedShare: string;
  batch: boolean;
  tasks: string;
}

export function CostForm({ values }: { values: CostFormValues }) {
  return (
    <form method="get" action="/cost" aria-label="Workload" className="mb-6 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-6 sm:items-end">
      <label className="text-xs font-medium text-slate-600">
        Input tokens per task
        <input type="number" name="input" min="0" step="1" required defaultValue={values.input} className={FORM_FIELD_CLASS} />
      </label>
      <label className="text-xs font-medium text-slate-600">
        Output tokens per task
        <input type="number" name="output" min="0" step="1" required defaultValue={values.output} className={FORM_FIELD_CLASS} />
      </label>
      <label className="text-xs font-medium text-slate-600">
        Cached share of input (0–1)
        <input type="number" name="cachedShare" min="0" max="1" step="any" defaultValue={values.cachedShare} placeholder="0" className={FORM_FIELD_CLASS} />
      </label>
      <label className="text-xs font-medium text-slate-600">
        Tasks per month
        <input type="number" name="tasks" min="0" step="1" defaultValue={values.tasks} placeholder="1K and 1M" className={FORM_FIELD_CLASS} />
      </label>
      <label className="flex items-center gap-2 text-sm text-slate-700 sm:pb-2">
        <input type="checkbox" name="batch" value="1" defaultChecked={values.batch} className="h-4 w-4 rounded border-slate-300" />
        Batch API
      </label>
      <div>
        <button type="submit" className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
          Calculate
        </button>
      </div>
    </form>
  );
}
