// One page of the outbox for the dashboard, newest first, with the rule's name.
import type { AlertDelivery, Prisma } from "../generated/prisma/client";
import { isUuid } from "../ids/is-uuid";
import type { DbOrTx } from "./types";

/** `retrying` is a pending row that has been tried before; `pending` is every unsettled row. */
export type AlertDeliveryStatusFilter = "pending" | "retrying" | "sent" | "failed";

export interface AlertDeliveriesPage {
  deliveries: (Omit<AlertDelivery, "messageId"> & { rule: { id: string; name: string } })[];
  hasMore: boolean;
}

/**
 * Offset pagination over (created_at DESC, id): pages are shallow (people look at recent deliveries), and
 * `take limit + 1` tells whether another page exists without counting the table.
 */
export async function listAlertDeliveriesPage(
  db: DbOrTx,
  options: { ruleId?: string; status?: AlertDeliveryStatusFilter; offset?: number; limit?: number } = {},
): Promise<AlertDeliveriesPage> {
  const { offset = 0, limit = 25 } = options;
  if (options.ruleId !== undefined && !isUuid(options.ruleId)) return { deliveries: [], hasMore: false };
  const where: Prisma.AlertDeliveryWhereInput = {
    ...(options.ruleId ? { ruleId: options.ruleId } : {}),
    ...(options.status === "retrying" ? { status: "pending", attempts: { gt: 0 } } : options.status ? { status: options.status } : {}),
  };
  const rows = await db.alertDelivery.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: offset,
    take: limit + 1,
    omit: { messageId: true },
    include: { rule: { select: { id: true, name: true } } },
  });
  return { deliveries: rows.slice(0, limit), hasMore: rows.length > limit };
}
