// A real SMTP server inside the test process (smtp-server), recording what it accepted (parsed with
// mailparser). A test can refuse messages (451), delay its answer to DATA, or watch DATA arrive.
// A message whose client hung up before the server answered counts as not delivered, as a real MTA
// would treat it.
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedEmail {
  messageId: string;
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  raw: string;
}

export interface SmtpTestServer {
  port: number;
  url: string;
  received: ReceivedEmail[];
  /** Answer DATA with this SMTP error (e.g. 451) until set back to null. */
  refuseWith(code: number | null): void;
  /** Wait this long before answering DATA. */
  delayData(ms: number): void;
  /** Called when a complete message has arrived, before the server answers. */
  onDataReceived(listener: (() => void) | null): void;
  attempts(): number;
  close(): Promise<void>;
}

export async function startSmtpTestServer(options: { port?: number } = {}): Promise<SmtpTestServer> {
  const received: ReceivedEmail[] = [];
  const closed = new Set<string>();
  let refuse: number | null = null;
  let delayMs = 0;
  let listener: (() => void) | null = null;
  let dataAttempts = 0;

  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username });
    },
    onClose(session) {
      closed.add(session.id);
    },
    onData(stream, session, callback) {
      dataAttempts++;
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        listener?.();
        if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
        if (refuse !== null) {
          const error = Object.assign(new Error("mailbox busy, try again later"), { responseCode: refuse });
          callback(error);
          return;
        }
        if (closed.has(session.id)) return callback();
        const raw = Buffer.concat(chunks).toString("utf8");
        const parsed = await simpleParser(raw);
        const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((a) => a.value.map((v) => v.address ?? ""));
        received.push({
          messageId: parsed.messageId ?? "",
          to,
          from: parsed.from?.text ?? "",
          subject: parsed.subject ?? "",
          text: parsed.text ?? "",
          html: typeof parsed.html === "string" ? parsed.html : "",
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", () => resolve()));
  const port = ((server as unknown as { server: { address(): AddressInfo } }).server.address()).port;
  return {
    port,
    url: `smtp://ratecard:secret@127.0.0.1:${port}`,
    received,
    refuseWith: (code) => (refuse = code),
    delayData: (ms) => (delayMs = ms),
    onDataReceived: (fn) => (listener = fn),
    attempts: () => dataAttempts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
