// A labelled <select> for the GET filter forms: an "all" choice first, then the options.
import { FORM_FIELD_CLASS } from "./form-field-class";

export function FilterSelect({ label, name, value, allLabel, options }: {
  label: string;
  name: string;
  value: string;
  allLabel: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <label className="text-xs font-medium text-slate-600">
      {label}
      <select name={name} defaultValue={value} className={FORM_FIELD_CLASS}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
