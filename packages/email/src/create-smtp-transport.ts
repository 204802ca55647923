// Sends one rendered email over SMTP (nodemailer, one connection per message). SMTP_URL looks like
// smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465 (TLS from the start).
import nodemailer from "nodemailer";

export interface OutgoingEmail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** "<id@domain>": fixed before the first attempt, so a resend carries the same Message-ID. */
  messageId: string;
  headers?: Record<string, string>;
}

export interface SentEmail {
  messageId: string;
  accepted: string[];
  rejected: string[];
  response: string;
}

export interface EmailTransport {
  send(email: OutgoingEmail): Promise<SentEmail>;
  /** The domain Message-IDs use (the sender address's). */
  messageIdDomain: string;
  close(): void;
}

/** Why a send failed, and whether trying again later may succeed. */
export class SmtpSendError extends Error {
  readonly permanent: boolean;
  readonly responseCode: number | null;

  constructor(message: string, options: { permanent: boolean; responseCode: number | null; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "SmtpSendError";
    this.permanent = options.permanent;
    this.responseCode = options.responseCode;
  }
}

export interface SmtpTransportOptions {
  url: string;
  from: string;
  /** Upper bound of one SMTP conversation; the outbox lease must be longer (see create-alert-sender). */
  timeoutMs?: number;
}

export function createSmtpTransport(options: SmtpTransportOptions): EmailTransport {
  const url = new URL(options.url);
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") throw new Error(`SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//`);
  const timeout = options.timeoutMs ?? 60_000;
  const secure = url.protocol === "smtps:";
  const transporter = nodemailer.createTransport({
    host: url.hostname.replace(/^\[|\]$/g, ""),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    ...(url.username ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } } : {}),
    connectionTimeout: Math.min(timeout, 30_000),
    greetingTimeout: Math.min(timeout, 30_000),
    socketTimeout: timeout,
  });
  const domain = /@([^>\s]+)>?\s*$/.exec(options.from)?.[1] ?? "ratecard.localhost";

  return {
    messageIdDomain: domain,
    async send(email) {
      try {
        const info = await transporter.sendMail({
          from: options.from,
          to: email.to,
          subject: email.subject,
          text: email.text,
          html: email.html,
          messageId: email.messageId,
          headers: { "Auto-Submitted": "auto-generated", ...email.headers },
        });
        return {
          messageId: info.messageId,
          accepted: (info.accepted ?? []).map(String),
          rejected: (info.rejected ?? []).map(String),
          response: info.response ?? "",
        };
      } catch (error) {
        throw toSmtpSendError(error);
      }
    },
    close() {
      transporter.close();
    },
  };
}

/** 5xx replies are permanent (a refused recipient or message), except authentication, which an admin fixes. */
function toSmtpSendError(error: unknown): SmtpSendError {
  const details = error as { responseCode?: number; code?: string; message?: string };
  const responseCode = typeof details.responseCode === "number" ? details.responseCode : null;
  const permanent = responseCode !== null && responseCode >= 500 && responseCode < 600 && details.code !== "EAUTH";
  const message = `SMTP ${responseCode ?? details.code ?? "error"}: ${(details.message ?? String(error)).split("\n")[0]}`;
  return new SmtpSendError(message, { permanent, responseCode, cause: error });
}
