// The traction report's rows and the series behind them, read the way the worker's CLI reads them.
import { buildTractionReport, type TractionRow } from "@ratecard/core/traction";
import { listTractionInputs, type TractionSourceInput } from "@ratecard/db";
import { getDb } from "./db";

export const TRACTION_SINCE_DAYS = 30;

export async function loadTractionReport(now: Date): Promise<{ rows: TractionRow[]; inputs: TractionSourceInput[] }> {
  const options = { now, sinceDays: TRACTION_SINCE_DAYS };
  const inputs = await listTractionInputs(getDb(), options);
  return { rows: buildTractionReport(inputs, options), inputs };
}
