import type { AlertMessage } from "@ratecard/email";
import type { AlertRule, NewAlertDelivery, Prisma } from "@ratecard/db";
import type { OutboxPayload } from "./outbox-payload";

/**
 * The outbox rows of one message for one rule: an email row when the rule has recipients, a webhook row
 * when it has a URL. The subject key names what the alert is about ("event:<id>", "digest:<slot>"); the
 * webhook row's key gets "#webhook" so that both channels have their own exactly-once row.
 */
export function toDeliveryRows(
  rule: Pick<AlertRule, "id" | "recipients" | "webhookUrl">,
  input: { subjectKey: string; kind: NewAlertDelivery["kind"]; message: AlertMessage; eventId?: string | null; nextAttemptAt?: Date },
): NewAlertDelivery[] {
  const rows: NewAlertDelivery[] = [];
  const base = { ruleId: rule.id, eventId: input.eventId ?? null, kind: input.kind, ...(input.nextAttemptAt ? { nextAttemptAt: input.nextAttemptAt } : {}) };
  if (rule.recipients.length > 0) {
    const payload: OutboxPayload = { message: input.message, to: [...rule.recipients] };
    rows.push({ ...base, dedupeKey: input.subjectKey, channel: "email", payload: payload as unknown as Prisma.InputJsonValue });
  }
  if (rule.webhookUrl) {
    const payload: OutboxPayload = { message: input.message, url: rule.webhookUrl };
    rows.push({ ...base, dedupeKey: `${input.subjectKey}#webhook`, channel: "webhook", payload: payload as unknown as Prisma.InputJsonValue });
  }
  return rows;
}
