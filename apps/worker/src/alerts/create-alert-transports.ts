// The transports a worker sends alerts through, from its configuration.
import { createSmtpTransport } from "@ratecard/email";
import { createWebhookTransport } from "./create-webhook-transport";
import type { AlertTransports } from "./deliver-alert";

export function createAlertTransports(config: { smtpUrl?: string | undefined; from: string; allowPrivateHosts: boolean }): AlertTransports & { close(): Promise<void> } {
  const email = config.smtpUrl ? createSmtpTransport({ url: config.smtpUrl, from: config.from }) : undefined;
  const webhook = createWebhookTransport({ allowPrivateHosts: config.allowPrivateHosts });
  return {
    ...(email ? { email } : {}),
    webhook,
    async close() {
      email?.close();
      await webhook.close();
    },
  };
}
