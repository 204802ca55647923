// A worker's alert sender in its own process, for the crash tests: `tsx alerts-sender-child.ts
// DATABASE_URL SMTP_URL LEASE_MS [crash-after-accept]`. With crash-after-accept the process kills itself
// right after the SMTP server accepted a message, before the outbox row is marked sent.
import { createDbClient } from "@ratecard/db";
import { createAlertSender } from "../src/alerts/create-alert-sender";
import { createAlertTransports } from "../src/alerts/create-alert-transports";

const [databaseUrl, smtpUrl, leaseMs, mode] = process.argv.slice(2);
if (!databaseUrl || !smtpUrl || !leaseMs) throw new Error("usage: alerts-sender-child DATABASE_URL SMTP_URL LEASE_MS [crash-after-accept]");
const db = createDbClient(databaseUrl);
const transports = createAlertTransports({ smtpUrl, from: "ratecard <alerts@ratecard.test>", allowPrivateHosts: true });
const email = transports.email!;
if (mode === "crash-after-accept") {
  const send = email.send.bind(email);
  email.send = async (message) => {
    const sent = await send(message);
    process.kill(process.pid, "SIGKILL");
    return sent;
  };
}
const sender = createAlertSender({ db, transport: transports, now: () => new Date(), log: (line) => console.log(line), leaseMs: Number(leaseMs), pollMs: 200 });
await sender.start();
console.log("sender started");
process.on("SIGTERM", () => {
  void sender.stop().then(async () => {
    await transports.close();
    await db.$disconnect();
    process.exit(0);
  });
});
