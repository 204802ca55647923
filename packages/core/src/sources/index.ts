export { parseSourceUrl } from "./parse-source-url";
export type { ParseSourceUrlResult } from "./parse-source-url";
export { sourceEntrySchema, SOURCE_KINDS, FETCH_MODES } from "./source-entry-schema";
export type { SourceEntry, SourceEntryField } from "./source-entry-schema";
export { toSourceInput } from "./to-source-input";
export type { SourceEntryInput, ToSourceInputResult } from "./to-source-input";
export { validateSourceEntry } from "./validate-source-entry";
export { MAX_URL_LENGTH, checkUrlLength } from "./url-length-limit";
