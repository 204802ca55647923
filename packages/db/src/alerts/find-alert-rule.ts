import type { AlertRule } from "../generated/prisma/client";
import type { DbOrTx } from "./types";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A rule by id, or by a unique id prefix of at least 6 characters (as `alerts list` prints them). */
export async function findAlertRule(db: DbOrTx, idOrPrefix: string): Promise<AlertRule | null> {
  const key = idOrPrefix.trim().toLowerCase();
  if (UUID.test(key)) return db.alertRule.findUnique({ where: { id: key } });
  if (!/^[0-9a-f-]{6,}$/.test(key)) return null;
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT id::text FROM alert_rules WHERE id::text LIKE ${`${key}%`} LIMIT 2`;
  if (rows.length !== 1 || !rows[0]) return null;
  return db.alertRule.findUnique({ where: { id: rows[0].id } });
}
