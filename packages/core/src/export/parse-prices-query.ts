import { readCursor } from "./read-cursor";
import { parseQuery, readChoice, readDownload, readLimit, readText, type ParsedQuery } from "./query-fields";

export interface PricesQuery {
  provider?: string;
  /** Case-insensitive substring of the model name. */
  model?: string;
  sourceKind?: "page" | "registry";
  limit: number;
  /** Sort key of the previous page's last row: provider, model, dimension, tier, id. */
  after?: string[];
  download?: "csv" | "json";
}

export const PRICE_CURSOR_SHAPE = ["text", "text", "text", "text", "id"] as const;

/** /api/v1/prices's query string. */
export function parsePricesQuery(params: URLSearchParams): ParsedQuery<PricesQuery> {
  return parseQuery(params, ["provider", "model", "sourceKind", "limit", "cursor", "download"], () => {
    const provider = readText(params, "provider");
    const model = readText(params, "model");
    const sourceKind = readChoice(params, "sourceKind", ["page", "registry"] as const);
    const after = readCursor(params, PRICE_CURSOR_SHAPE);
    const download = readDownload(params);
    return {
      ...(provider ? { provider } : {}),
      ...(model ? { model } : {}),
      ...(sourceKind ? { sourceKind } : {}),
      limit: readLimit(params),
      ...(after ? { after } : {}),
      ...(download ? { download } : {}),
    };
  });
}
