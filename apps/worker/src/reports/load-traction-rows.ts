// The traction report's rows from stored metric samples (the headline metric of every enabled
// repository and Discord community), shared by `report traction` and the weekly email.
import { buildTractionReport, type TractionRow } from "@ratecard/core/traction";
import { listTractionInputs, type Db } from "@ratecard/db";

export async function loadTractionRows(db: Db, options: { now: Date; sinceDays: number }): Promise<TractionRow[]> {
  return buildTractionReport(await listTractionInputs(db, options), options);
}
