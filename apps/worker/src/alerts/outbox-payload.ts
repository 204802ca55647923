// The outbox row's payload: the message (a snapshot of the facts) and where it goes, fixed at enqueue
// time so that every attempt sends the same thing to the same place.
import type { AlertMessage } from "@ratecard/email";

export type OutboxPayload = { message: AlertMessage; to: string[] } | { message: AlertMessage; url: string };

export function readOutboxPayload(value: unknown): OutboxPayload {
  const payload = value as Partial<{ message: AlertMessage; to: unknown; url: unknown }> | null;
  if (!payload || typeof payload !== "object" || !payload.message || typeof payload.message !== "object") throw new Error("outbox payload has no message");
  if (Array.isArray(payload.to) && payload.to.every((t) => typeof t === "string")) return { message: payload.message, to: payload.to as string[] };
  if (typeof payload.url === "string") return { message: payload.message, url: payload.url };
  throw new Error("outbox payload has neither recipients nor a URL");
}
