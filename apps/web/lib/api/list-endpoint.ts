// The GET handler of a list endpoint: parse the query (400 on a bad one), then either one JSON page
// or, with `download=csv|json`, the whole filtered list streamed as a file.
import type { CsvCell, ParsedQuery } from "@ratecard/core/export";
import { apiError } from "./api-error";
import { apiGet } from "./api-get";
import { jsonPage } from "./json-page";
import { streamDownload } from "./stream-download";

interface ListQuery {
  limit: number;
  after?: string[];
  download?: "csv" | "json";
}

export interface ListEndpoint<Query extends ListQuery, Row> {
  /** The download's file name part: ratecard-<what>-<date>.csv */
  what: string;
  parse: (params: URLSearchParams) => ParsedQuery<Query>;
  fetchPage: (query: Query, after: string[] | undefined, limit: number) => Promise<{ rows: Row[]; hasMore: boolean }>;
  cursorKey: (row: Row) => string[];
  toJson: (row: Row) => unknown;
  csvHeader: readonly string[];
  toCsv: (row: Row) => CsvCell[];
}

export function listEndpoint<Query extends ListQuery, Row>(endpoint: ListEndpoint<Query, Row>): (request: Request) => Promise<Response> {
  return apiGet(async (request) => {
    const parsed = endpoint.parse(new URL(request.url).searchParams);
    if (!parsed.ok) return apiError(400, parsed.error);
    const query = parsed.value;
    if (query.download) {
      return streamDownload({ ...endpoint, format: query.download, fetchPage: (after, limit) => endpoint.fetchPage(query, after, limit) }, new Date());
    }
    return jsonPage(request, await endpoint.fetchPage(query, query.after, query.limit), endpoint.cursorKey, endpoint.toJson);
  });
}
