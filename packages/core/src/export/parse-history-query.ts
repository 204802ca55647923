import { readCursor } from "./read-cursor";
import { parseQuery, readLimit, readRequiredText, type ParsedQuery } from "./query-fields";

export interface HistoryQuery {
  provider: string;
  /** The exact model name, as /api/v1/prices lists it. */
  model: string;
  limit: number;
  /** Sort key of the previous page's last row: snapshot firstSeenAt (ISO), price point id. */
  after?: string[];
}

/** /api/v1/price-history's query string: one model of one provider, oldest first. */
export function parseHistoryQuery(params: URLSearchParams): ParsedQuery<HistoryQuery> {
  return parseQuery(params, ["provider", "model", "limit", "cursor"], () => {
    const after = readCursor(params, ["time", "id"]);
    return {
      provider: readRequiredText(params, "provider"),
      model: readRequiredText(params, "model"),
      limit: readLimit(params),
      ...(after ? { after } : {}),
    };
  });
}
