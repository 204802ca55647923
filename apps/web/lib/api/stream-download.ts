// A whole filtered list as a file, read from the database in pages of 5,000 and streamed out, so a big
// export never holds every row in memory.
import { exportFileName, formatCsv, type CsvCell } from "@ratecard/core/export";

const PAGE = 5_000;

export interface DownloadSpec<Row> {
  what: string;
  format: "csv" | "json";
  fetchPage: (after: string[] | undefined, limit: number) => Promise<{ rows: Row[]; hasMore: boolean }>;
  cursorKey: (row: Row) => string[];
  toJson: (row: Row) => unknown;
  csvHeader: readonly string[];
  toCsv: (row: Row) => CsvCell[];
}

export function streamDownload<Row>(spec: DownloadSpec<Row>, now: Date): Response {
  const encoder = new TextEncoder();
  let after: string[] | undefined;
  let started = false;
  let done = false;
  let count = 0;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (done) return;
      let text = "";
      if (!started) {
        started = true;
        text += spec.format === "csv" ? formatCsv([spec.csvHeader]) : "[";
      }
      const page = await spec.fetchPage(after, PAGE);
      if (spec.format === "csv") text += formatCsv(page.rows.map(spec.toCsv));
      else for (const row of page.rows) text += `${count++ === 0 ? "\n" : ",\n"}${JSON.stringify(spec.toJson(row))}`;
      const last = page.rows.at(-1);
      if (page.hasMore && last) after = spec.cursorKey(last);
      else {
        done = true;
        if (spec.format === "json") text += "\n]\n";
      }
      controller.enqueue(encoder.encode(text));
      if (done) controller.close();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": spec.format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${exportFileName(spec.what, spec.format, now)}"`,
      "cache-control": "no-store",
    },
  });
}
