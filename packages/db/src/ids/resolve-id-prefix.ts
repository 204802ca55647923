import { Prisma } from "../generated/prisma/client";
import type { DbOrTx } from "../alerts/types";
import { isUuid } from "./is-uuid";

/** Tables whose rows the CLI names by id or short id prefix. */
export type PrefixTable = "sources" | "alert_rules";

/**
 * The full id for an id or a unique id prefix of at least 6 characters (as list commands print them);
 * null when nothing or more than one row matches.
 */
export async function resolveIdPrefix(db: DbOrTx, table: PrefixTable, idOrPrefix: string): Promise<string | null> {
  const key = idOrPrefix.trim().toLowerCase();
  if (isUuid(key)) return key;
  if (!/^[0-9a-f-]{6,}$/.test(key)) return null;
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT id::text FROM ${Prisma.raw(table)} WHERE id::text LIKE ${`${key}%`} LIMIT 2`;
  return rows.length === 1 && rows[0] ? rows[0].id : null;
}
