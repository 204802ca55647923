import { CHANGE_EVENT_KINDS } from "../alerts/types";
import type { ChangeEventKind } from "../diff/types";
import { readCursor } from "./read-cursor";
import { ApiQueryError, parseQuery, readChoice, readDate, readDownload, readLimit, readNonNegativeNumber, readText, type ParsedQuery } from "./query-fields";

export interface EventsQuery {
  provider?: string;
  /** Case-insensitive substring of the model name, as in the change feed. */
  model?: string;
  kind?: ChangeEventKind;
  /** Minimum absolute percent change; events without a percent are left out when set. */
  minPct?: number;
  /** Detected at or after. */
  since?: Date;
  /** Detected before. */
  until?: Date;
  limit: number;
  /** Sort key of the previous page's last row: detectedAt (ISO), id. */
  after?: string[];
  download?: "csv" | "json";
}

/** /api/v1/events's query string: the change feed's filters (provider, model, kind, minPct) plus dates and paging. */
export function parseEventsQuery(params: URLSearchParams): ParsedQuery<EventsQuery> {
  return parseQuery(params, ["provider", "model", "kind", "minPct", "since", "until", "limit", "cursor", "download"], () => {
    const provider = readText(params, "provider");
    const model = readText(params, "model");
    const kind = readChoice(params, "kind", CHANGE_EVENT_KINDS);
    const minPct = readNonNegativeNumber(params, "minPct");
    const since = readDate(params, "since");
    const until = readDate(params, "until");
    if (since && until && since.getTime() >= until.getTime()) {
      throw new ApiQueryError(`parameter 'since' (${since.toISOString()}) must be before 'until' (${until.toISOString()})`);
    }
    const after = readCursor(params, ["time", "id"]);
    const download = readDownload(params);
    return {
      ...(provider ? { provider } : {}),
      ...(model ? { model } : {}),
      ...(kind ? { kind } : {}),
      ...(minPct ? { minPct } : {}),
      ...(since ? { since } : {}),
      ...(until ? { until } : {}),
      limit: readLimit(params),
      ...(after ? { after } : {}),
      ...(download ? { download } : {}),
    };
  });
}
