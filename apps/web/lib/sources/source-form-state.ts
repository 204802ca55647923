import type { SourceEntryField } from "@ratecard/core/sources";

/** What the source form shows after a refused save: the values as typed and the problem next to its field. */
export interface SourceFormState {
  values: Partial<Record<SourceEntryField, string>>;
  errors: Partial<Record<SourceEntryField, string>>;
}

export const EMPTY_SOURCE_FORM: SourceFormState = { values: {}, errors: {} };
