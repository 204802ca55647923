import type { AlertRule, Prisma } from "../generated/prisma/client";
import type { DbOrTx } from "./types";

export async function createAlertRule(db: DbOrTx, input: Omit<Prisma.AlertRuleCreateInput, "deliveries">): Promise<AlertRule> {
  return db.alertRule.create({ data: input });
}
