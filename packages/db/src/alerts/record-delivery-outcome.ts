import type { DbOrTx } from "./types";

export type DeliveryOutcome =
  | { status: "sent"; at: Date; note?: string | null }
  | { status: "retry"; error: string; nextAttemptAt: Date }
  | { status: "failed"; error: string };

/** Settles a claimed row and releases its lease. A row already settled is left as it is. */
export async function recordDeliveryOutcome(db: DbOrTx, id: string, outcome: DeliveryOutcome): Promise<void> {
  const where = { id, status: "pending" as const };
  if (outcome.status === "sent") {
    await db.alertDelivery.updateMany({ where, data: { status: "sent", sentAt: outcome.at, lockedUntil: null, lastError: outcome.note ?? null } });
  } else if (outcome.status === "retry") {
    await db.alertDelivery.updateMany({ where, data: { nextAttemptAt: outcome.nextAttemptAt, lastError: outcome.error.slice(0, 2000), lockedUntil: null } });
  } else {
    await db.alertDelivery.updateMany({ where, data: { status: "failed", lastError: outcome.error.slice(0, 2000), lockedUntil: null } });
  }
}
