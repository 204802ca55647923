import { renderDegradedEmail } from "./render-degraded-email";
import { renderDigestEmail } from "./render-digest-email";
import { renderEventEmail } from "./render-event-email";
import { renderFailureEmail } from "./render-failure-email";
import { renderTestEmail } from "./render-test-email";
import { renderTractionEmail } from "./render-traction-email";
import type { AlertMessage, RenderedEmail, RenderOptions } from "./types";

/** The subject, plain text and HTML of any alert message. */
export function renderAlertEmail(message: AlertMessage, options: RenderOptions = {}): RenderedEmail {
  switch (message.kind) {
    case "event":
      return renderEventEmail(message, options);
    case "digest":
      return renderDigestEmail(message, options);
    case "failure":
    case "recovery":
      return renderFailureEmail(message, options);
    case "degraded":
      return renderDegradedEmail(message, options);
    case "traction":
      return renderTractionEmail(message);
    case "test":
      return renderTestEmail(message);
  }
}
