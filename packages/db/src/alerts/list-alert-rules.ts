import type { AlertRule } from "../generated/prisma/client";
import type { DbOrTx } from "./types";

/** Rules in the order they were created, optionally only enabled ones of some cadences. */
export async function listAlertRules(db: DbOrTx, filter: { enabledOnly?: boolean; cadences?: string[]; tractionReport?: boolean } = {}): Promise<AlertRule[]> {
  return db.alertRule.findMany({
    where: {
      ...(filter.enabledOnly ? { enabled: true } : {}),
      ...(filter.cadences ? { cadence: { in: filter.cadences } } : {}),
      ...(filter.tractionReport !== undefined ? { tractionReport: filter.tractionReport } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}
