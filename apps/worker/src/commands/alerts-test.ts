// `ratecard alerts test ID`: a sample alert to the rule's recipients (and webhook) through the outbox,
// sent at once, so users can see that SMTP works. When the server is down the row stays queued and a
// running worker delivers it later.
import { randomUUID } from "node:crypto";
import { findAlertRule, insertAlertDeliveries, type Db } from "@ratecard/db";
import { createAlertTransports } from "../alerts/create-alert-transports";
import { toDeliveryRows } from "../alerts/to-delivery-rows";
import type { Env } from "../env";
import { sendAlerts } from "../jobs/send-alerts";
import { UserError } from "../user-error";
import { withRuntime } from "./with-runtime";

export async function alertsTest(env: Env, id: string, options: { baseUrl?: string | null } = {}): Promise<void> {
  await withRuntime(env, async ({ db }) => {
    const lines = await sendTestAlert(db, id, {
      smtpUrl: env.SMTP_URL,
      from: env.ALERT_FROM,
      allowPrivateHosts: env.RATECARD_ALLOW_PRIVATE_HOSTS,
      now: () => new Date(),
      baseUrl: options.baseUrl ?? null,
    });
    for (const line of lines) console.log(line);
  });
}

export async function sendTestAlert(
  db: Db,
  id: string,
  config: { smtpUrl?: string | undefined; from: string; allowPrivateHosts: boolean; now: () => Date; baseUrl?: string | null },
): Promise<string[]> {
  const rule = await findAlertRule(db, id);
  if (!rule) throw new UserError(`no alert rule with id '${id}': see \`ratecard alerts list\``);
  if (rule.recipients.length > 0 && !config.smtpUrl) {
    throw new UserError("SMTP_URL is not set: set it to your mail server, e.g. SMTP_URL=smtp://user:pass@smtp.example.com:587, and run the test again");
  }
  const requestedAt = config.now();
  const rows = toDeliveryRows(rule, { subjectKey: `test:${requestedAt.toISOString()}:${randomUUID().slice(0, 8)}`, kind: "test", message: { kind: "test", ruleName: rule.name, requestedAt: requestedAt.toISOString() } });
  await insertAlertDeliveries(db, rows);
  const transports = createAlertTransports(config);
  const lines: string[] = [];
  try {
    for (const row of rows) {
      const stored = await db.alertDelivery.findUniqueOrThrow({ where: { ruleId_dedupeKey: { ruleId: rule.id, dedupeKey: row.dedupeKey } } });
      const where = row.channel === "email" ? rule.recipients.join(", ") : `webhook ${new URL(rule.webhookUrl ?? "").host}`;
      await sendAlerts({ db, transports, now: config.now, baseUrl: config.baseUrl ?? null }, { id: stored.id });
      const after = await db.alertDelivery.findUniqueOrThrow({ where: { id: stored.id } });
      if (after.status === "sent") lines.push(`sent a test alert to ${where}${after.messageId && row.channel === "email" ? ` (Message-ID ${after.messageId})` : ""}`);
      else if (after.status === "failed") throw new UserError(`the test alert to ${where} was refused: ${after.lastError ?? "unknown error"}`);
      else lines.push(`could not send the test alert to ${where} yet (${after.lastError ?? "busy"}); it stays queued and a running worker retries it`);
    }
  } finally {
    await transports.close();
  }
  return lines;
}
