// The source form's fields as a watch-list entry (the same keys as the YAML file): blank optional
// fields are left out, ignore patterns are one per line.
import type { SourceEntryField } from "@ratecard/core/sources";

const TEXT_FIELDS = ["name", "url", "kind", "provider", "fetch", "selector", "every"] as const satisfies readonly SourceEntryField[];

export function readSourceForm(form: FormData): { entry: Record<string, unknown>; values: Partial<Record<SourceEntryField, string>> } {
  const values: Partial<Record<SourceEntryField, string>> = {};
  const entry: Record<string, unknown> = {};
  for (const field of [...TEXT_FIELDS, "ignore"] as const) {
    const value = form.get(field);
    values[field] = typeof value === "string" ? value : "";
  }
  for (const field of TEXT_FIELDS) {
    const value = values[field]?.trim() ?? "";
    if (value !== "") entry[field] = value;
  }
  entry.ignore = (values.ignore ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  return { entry, values };
}
