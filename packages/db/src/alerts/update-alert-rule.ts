import type { AlertRule, Prisma } from "../generated/prisma/client";
import { isUuid } from "../ids/is-uuid";
import type { DbOrTx } from "./types";

/** Replaces a rule's settings; null when there is no such rule. Its outbox rows and digest progress stay. */
export async function updateAlertRule(db: DbOrTx, id: string, input: Omit<Prisma.AlertRuleUpdateInput, "deliveries" | "lastDigestAt" | "createdAt" | "id">): Promise<AlertRule | null> {
  if (!isUuid(id)) return null;
  const { count } = await db.alertRule.updateMany({ where: { id }, data: input });
  return count === 0 ? null : db.alertRule.findUnique({ where: { id } });
}
