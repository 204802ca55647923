"use server";
// Adding and editing a source (admins only). The entry is validated by @ratecard/core's
// validateSourceEntry, the same checks as `ratecard sources add` and the watch-list import.
import { validateSourceEntry } from "@ratecard/core/sources";
import { createSource, getSource, findSourceByKindAndUrl, updateSource } from "@ratecard/db";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireAdmin } from "../auth/require-admin";
import { getDb } from "../db";
import { readSourceForm } from "./read-source-form";
import type { SourceFormState } from "./source-form-state";

/** Saves a new source (sourceId null) or the changed settings of one; redirects to its page. */
export async function saveSource(sourceId: string | null, _previous: SourceFormState, form: FormData): Promise<SourceFormState> {
  await requireAdmin();
  const db = getDb();
  const { entry, values } = readSourceForm(form);
  const existing = sourceId ? await getSource(db, sourceId) : null;
  if (sourceId && !existing) notFound();
  const checked = validateSourceEntry({ ...entry, enabled: existing?.enabled ?? true });
  if (!checked.ok) return { values, errors: { [checked.field]: checked.error } };
  const duplicate = await findSourceByKindAndUrl(db, checked.input);
  if (duplicate && duplicate.id !== existing?.id) {
    return { values, errors: { url: `${checked.input.url} is already watched as a ${checked.input.kind} source ("${duplicate.name}")` } };
  }
  const saved = existing ? await updateSource(db, existing.id, checked.input) : await createSource(db, checked.input);
  if (!saved) notFound();
  revalidatePath("/sources", "layout");
  redirect(`/sources/${saved.id}`);
}
