// CSV for downloads: RFC 4180 quoting by csv-stringify, and cells that a spreadsheet would run as a
// formula (scraped text starting with = + - @, tab or CR) prefixed with ' — numbers stay numbers.
import { stringify } from "csv-stringify/sync";

export type CsvCell = string | number | boolean | null | undefined;

/** The records as CSV lines, each ending in "\r\n"; call once for the header and once per page of rows. */
export function formatCsv(records: readonly (readonly CsvCell[])[]): string {
  if (records.length === 0) return "";
  return stringify(records as CsvCell[][], {
    escape_formulas: true,
    record_delimiter: "windows",
    // With "\r\n" records, csv-stringify would leave a lone "\n" inside a cell unquoted.
    quoted_match: /[\r\n]/,
    cast: { boolean: (value) => (value ? "true" : "false") },
  });
}
