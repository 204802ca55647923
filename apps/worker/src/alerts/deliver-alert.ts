// Sends one claimed outbox row through its channel.
import { renderAlertEmail, renderWebhookPayload, SmtpSendError, type EmailTransport } from "@ratecard/email";
import type { AlertDelivery } from "@ratecard/db";
import { DeliveryError } from "./delivery-error";
import { readOutboxPayload } from "./outbox-payload";
import type { WebhookTransport } from "./create-webhook-transport";

export interface AlertTransports {
  email?: EmailTransport;
  webhook?: WebhookTransport;
}

/** Channels a sender can deliver: it only claims rows of these. */
export function transportChannels(transports: AlertTransports): string[] {
  return [...(transports.email ? ["email"] : []), ...(transports.webhook ? ["webhook"] : [])];
}

/** Resolves when the channel accepted the alert (with a note, e.g. recipients refused); throws DeliveryError. */
export async function deliverAlert(delivery: AlertDelivery, transports: AlertTransports, options: { baseUrl?: string | null }): Promise<{ note: string | null }> {
  let payload: ReturnType<typeof readOutboxPayload>;
  try {
    payload = readOutboxPayload(delivery.payload);
  } catch (error) {
    throw new DeliveryError(`unreadable outbox row: ${(error as Error).message}`, { permanent: true });
  }
  if ("to" in payload) {
    if (!transports.email) throw new DeliveryError("no SMTP transport (SMTP_URL is not set)", { permanent: false });
    if (!delivery.messageId) throw new DeliveryError("outbox row has no Message-ID: it was not claimed", { permanent: false });
    const email = renderAlertEmail(payload.message, { baseUrl: options.baseUrl ?? null });
    try {
      const sent = await transports.email.send({ ...email, to: payload.to, messageId: delivery.messageId, headers: { "X-Ratecard-Delivery": delivery.id } });
      return { note: sent.rejected.length > 0 ? `refused by the server: ${sent.rejected.join(", ")}` : null };
    } catch (error) {
      if (error instanceof SmtpSendError) throw new DeliveryError(error.message, { permanent: error.permanent, cause: error });
      throw new DeliveryError(`SMTP: ${error instanceof Error ? error.message : String(error)}`, { permanent: false, cause: error });
    }
  }
  if (!transports.webhook) throw new DeliveryError("no webhook transport", { permanent: false });
  const body = renderWebhookPayload(payload.message, { baseUrl: options.baseUrl ?? null, deliveryId: delivery.id });
  await transports.webhook.post(payload.url, body, { deliveryId: delivery.id });
  return { note: null };
}
