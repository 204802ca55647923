import type { AlertRule } from "../generated/prisma/client";
import { resolveIdPrefix } from "../ids/resolve-id-prefix";
import type { DbOrTx } from "./types";

/** A rule by id, or by a unique id prefix of at least 6 characters (as `alerts list` prints them). */
export async function findAlertRule(db: DbOrTx, idOrPrefix: string): Promise<AlertRule | null> {
  const id = await resolveIdPrefix(db, "alert_rules", idOrPrefix);
  return id ? db.alertRule.findUnique({ where: { id } }) : null;
}
