// The traction report as CSV, the same file `ratecard report traction --format csv` writes.
import { formatTractionReport } from "@ratecard/core/traction";
import { loadTractionReport } from "../../../lib/load-traction-report";
import { requireUser } from "../../../lib/auth/require-user";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  await requireUser();
  const { rows } = await loadTractionReport(new Date());
  return new Response(`${formatTractionReport(rows, "csv")}\n`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="traction-report.csv"',
      "cache-control": "no-store",
    },
  });
}
