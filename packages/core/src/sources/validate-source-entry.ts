// One entry from any front end (CLI flags, a form): its shape, then its values; the first problem names its field.
import { sourceEntrySchema, type SourceEntryField } from "./source-entry-schema";
import { toSourceInput, type ToSourceInputResult } from "./to-source-input";

export function validateSourceEntry(raw: unknown): ToSourceInputResult {
  const entry = sourceEntrySchema.safeParse(raw);
  if (!entry.success) {
    const issue = entry.error.issues[0];
    return { ok: false, field: (issue?.path[0] as SourceEntryField | undefined) ?? "name", error: issue?.message ?? "invalid" };
  }
  return toSourceInput(entry.data);
}
