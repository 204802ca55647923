export { formatCsv, type CsvCell } from "./format-csv";
export { encodePageCursor, decodePageCursor } from "./page-cursor";
export { exportFileName } from "./export-file-name";
export { DEFAULT_LIMIT, MAX_LIMIT, type ParsedQuery } from "./query-fields";
export { parsePricesQuery, type PricesQuery } from "./parse-prices-query";
export { parseEventsQuery, type EventsQuery } from "./parse-events-query";
export { parseHistoryQuery, type HistoryQuery } from "./parse-history-query";
