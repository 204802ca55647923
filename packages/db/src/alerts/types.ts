import type { Db } from "../create-db-client";
import type { Prisma } from "../generated/prisma/client";

/** A client or an open transaction: outbox rows can be written inside the transaction that made their cause. */
export type DbOrTx = Db | Prisma.TransactionClient;

/** An outbox row to insert; (ruleId, dedupeKey) is unique, so inserting it twice is a no-op. */
export interface NewAlertDelivery {
  ruleId: string;
  eventId?: string | null;
  dedupeKey: string;
  kind: "event" | "digest" | "failure" | "recovery" | "degraded" | "traction" | "test";
  channel: "email" | "webhook";
  payload: Prisma.InputJsonValue;
  nextAttemptAt?: Date;
}
