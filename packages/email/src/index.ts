// Alert emails (HTML and plain text), webhook bodies, and the SMTP transport that sends them.
export type { AlertEventView, AlertMessage, AlertSourceView, DegradedCardView, FailureStreakView, RenderedEmail, RenderOptions, TractionReportView } from "./types";
export { escapeHtml, escapeScraped } from "./escape-html";
export { formatPrice } from "./format-price";
export { renderAlertEmail } from "./render-alert-email";
export { renderEventEmail } from "./render-event-email";
export { renderDigestEmail } from "./render-digest-email";
export { renderFailureEmail } from "./render-failure-email";
export { renderDegradedEmail } from "./render-degraded-email";
export { renderTractionEmail } from "./render-traction-email";
export { renderTestEmail } from "./render-test-email";
export { renderWebhookPayload, type WebhookPayload } from "./render-webhook-payload";
export { createSmtpTransport, SmtpSendError, type EmailTransport, type OutgoingEmail, type SentEmail, type SmtpTransportOptions } from "./create-smtp-transport";
