// Drains the alert outbox: claim a due row under a lease, send it, record the outcome; until none is due.
//
// What "exactly once" means here. Rows enter the outbox once (unique rule + dedupe key), and leave it as
// sent only after the SMTP server accepted the message (250 after DATA) or the webhook answered 2xx.
//  - A crash before the server accepted: the row stays pending; when the lease ends another sender
//    sends it. Nothing is lost and the receiver has nothing twice.
//  - A crash after the server accepted but before the row is marked sent (one UPDATE, milliseconds):
//    the row is sent again when the lease ends. This window cannot be closed at the SMTP boundary (no
//    protocol lets a client ask "did you already take this?"); it is made small (the mark is the next
//    statement after the 250) and the resend carries the same Message-ID, fixed when the row was first
//    claimed, so mail systems and readers can recognise and collapse the duplicate. Webhooks get the
//    delivery id in X-Ratecard-Delivery / Idempotency-Key for the same purpose.
//  - A send slower than the lease would let a second sender start in parallel: the SMTP transport's
//    time-outs (60 s) are kept well below the lease (10 min by default).
import { alertRetryDelay } from "@ratecard/core/alerts";
import { claimAlertDelivery, recordDeliveryOutcome, type AlertDelivery, type Db } from "@ratecard/db";
import { deliverAlert, transportChannels, type AlertTransports } from "../alerts/deliver-alert";
import { DeliveryError } from "../alerts/delivery-error";

export interface SendAlertsDeps {
  db: Db;
  transports: AlertTransports;
  now: () => Date;
  log?: (line: string) => void;
  /** The dashboard's public address for links in emails (RATECARD_PUBLIC_URL); none: no links. */
  baseUrl?: string | null;
  /** How long a claimed row is left alone by other senders. Must exceed the longest send. */
  leaseMs?: number;
  /** Transient failures are retried with back-off until the row is this old; then it is marked failed. */
  maxAgeMs?: number;
  random?: () => number;
}

export interface SendAlertsResult {
  sent: number;
  retrying: number;
  failed: number;
}

export const DEFAULT_LEASE_MS = 10 * 60_000;
export const DEFAULT_MAX_AGE_MS = 3 * 24 * 3_600_000;

export async function sendAlerts(deps: SendAlertsDeps, options: { limit?: number; id?: string } = {}): Promise<SendAlertsResult> {
  const result: SendAlertsResult = { sent: 0, retrying: 0, failed: 0 };
  const channels = transportChannels(deps.transports);
  const limit = options.limit ?? 50;
  for (let i = 0; i < limit; i++) {
    const delivery = await claimAlertDelivery(deps.db, {
      now: deps.now(),
      leaseMs: deps.leaseMs ?? DEFAULT_LEASE_MS,
      channels,
      messageIdDomain: deps.transports.email?.messageIdDomain ?? "ratecard.localhost",
      ...(options.id ? { id: options.id } : {}),
    });
    if (!delivery) break;
    const label = `alert ${delivery.id.slice(0, 8)} (${delivery.kind}, ${delivery.channel})`;
    let note: string | null;
    try {
      ({ note } = await deliverAlert(delivery, deps.transports, { baseUrl: deps.baseUrl ?? null }));
    } catch (error) {
      const failure = error instanceof DeliveryError ? error : new DeliveryError(error instanceof Error ? error.message : String(error), { permanent: false, cause: error });
      const outcome = await settleFailure(deps, delivery, failure);
      result[outcome]++;
      if (options.id) break;
      continue;
    }
    // The next statement after the server's acceptance: the only window for a duplicate (see above).
    // If it fails (database gone) the error propagates and the row stays leased, never marked for retry.
    await recordDeliveryOutcome(deps.db, delivery.id, { status: "sent", at: deps.now(), note });
    result.sent++;
    deps.log?.(`${label}: sent${note ? ` (${note})` : ""}`);
    if (options.id) break;
  }
  return result;
}

async function settleFailure(deps: SendAlertsDeps, delivery: AlertDelivery, failure: DeliveryError): Promise<"failed" | "retrying"> {
  const label = `alert ${delivery.id.slice(0, 8)} (${delivery.kind}, ${delivery.channel})`;
  const now = deps.now();
  const tooOld = now.getTime() - delivery.createdAt.getTime() > (deps.maxAgeMs ?? DEFAULT_MAX_AGE_MS);
  if (failure.permanent || tooOld) {
    const why = failure.permanent ? failure.message : `gave up after ${delivery.attempts} attempts: ${failure.message}`;
    await recordDeliveryOutcome(deps.db, delivery.id, { status: "failed", error: why });
    deps.log?.(`${label}: failed: ${why}`);
    return "failed";
  }
  const nextAttemptAt = new Date(now.getTime() + alertRetryDelay(delivery.attempts, (deps.random ?? Math.random)()));
  await recordDeliveryOutcome(deps.db, delivery.id, { status: "retry", error: failure.message, nextAttemptAt });
  deps.log?.(`${label}: attempt ${delivery.attempts} failed, retrying at ${nextAttemptAt.toISOString()}: ${failure.message}`);
  return "retrying";
}
