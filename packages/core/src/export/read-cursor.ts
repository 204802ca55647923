import { decodePageCursor, MAX_CURSOR_LENGTH } from "./page-cursor";
import { ApiQueryError, isApiDate, readText } from "./query-fields";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The `cursor` parameter's key, checked against its shape: "time" parts are ISO timestamps, "id" parts
 * UUIDs, "text" anything; undefined when absent. A cursor from another endpoint or a typo is a 400.
 */
export function readCursor(params: URLSearchParams, shape: readonly ("time" | "id" | "text")[]): string[] | undefined {
  // A cursor carries sort keys (model names can be long): its own limit, the one decodePageCursor checks.
  const value = readText(params, "cursor", MAX_CURSOR_LENGTH);
  if (value === undefined) return undefined;
  const key = decodePageCursor(value, shape.length);
  const valid = key?.every((part, i) => (shape[i] === "time" ? isCursorTime(part) : shape[i] === "id" ? UUID.test(part) : true));
  if (!key || !valid) throw new ApiQueryError("parameter 'cursor' is not a cursor of this endpoint; use the 'next' link of a previous page");
  return key;
}

/** A timestamp as the API writes it (toISOString) that is a real instant in the API's date range. */
function isCursorTime(part: string): boolean {
  if (!ISO_TIME.test(part)) return false;
  const date = new Date(part);
  return isApiDate(date) && date.toISOString() === part;
}
