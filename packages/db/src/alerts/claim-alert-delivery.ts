import type { AlertDelivery } from "../generated/prisma/client";
import type { DbOrTx } from "./types";

/**
 * Takes the next due outbox row under a lease: other senders skip it (SKIP LOCKED while claiming, then
 * `locked_until`) until the lease ends. The claim counts the attempt and fixes the Message-ID before
 * anything is sent, so every attempt of a row carries the same Message-ID.
 */
export async function claimAlertDelivery(
  db: DbOrTx,
  options: { now: Date; leaseMs: number; channels: readonly string[]; messageIdDomain: string; id?: string },
): Promise<AlertDelivery | null> {
  if (options.channels.length === 0) return null;
  const lockedUntil = new Date(options.now.getTime() + options.leaseMs);
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE alert_deliveries AS d
    SET locked_until = ${lockedUntil},
        attempts = d.attempts + 1,
        message_id = COALESCE(d.message_id, '<alert-' || d.id::text || '@' || ${options.messageIdDomain} || '>')
    WHERE d.id = (
      SELECT c.id FROM alert_deliveries AS c
      WHERE c.status = 'pending'
        AND c.next_attempt_at <= ${options.now}
        AND (c.locked_until IS NULL OR c.locked_until <= ${options.now})
        AND c.channel = ANY(${[...options.channels]}::text[])
        AND (${options.id ?? null}::uuid IS NULL OR c.id = ${options.id ?? null}::uuid)
      ORDER BY c.next_attempt_at, c.created_at, c.id
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING d.id::text AS id`;
  const id = rows[0]?.id;
  return id ? db.alertDelivery.findUnique({ where: { id } }) : null;
}
