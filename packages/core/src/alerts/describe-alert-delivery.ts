// An outbox row in words for the dashboard: its state, what it was about and where it went. The payload
// is read defensively (it is JSON written by the worker; older rows may lack fields).

export type AlertDeliveryState = "queued" | "sending" | "retrying" | "sent" | "failed";

export interface DescribableAlertDelivery {
  kind: string;
  channel: string;
  status: "pending" | "sent" | "failed";
  attempts: number;
  lastError: string | null;
  lockedUntil: Date | null;
  payload: unknown;
}

export interface AlertDeliveryDescription {
  state: AlertDeliveryState;
  /** "Anthropic: Claude Opus 4.6 input … (−50%)", "Daily digest of 3 changes", "Anthropic pricing failed 4 checks in a row" … */
  about: string;
  /** "a@x.com, b@y.com" or "webhook hooks.slack.com". */
  target: string;
}

type Obj = Record<string, unknown>;
const obj = (value: unknown): Obj => (value && typeof value === "object" && !Array.isArray(value) ? (value as Obj) : {});
const str = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/** Pending rows are split by what the sender is doing: holding a lease (sending), backing off after an error (retrying), or not tried yet (queued). */
export function alertDeliveryState(row: Pick<DescribableAlertDelivery, "status" | "attempts" | "lastError" | "lockedUntil">, now: Date): AlertDeliveryState {
  if (row.status === "sent" || row.status === "failed") return row.status;
  if (row.lockedUntil && row.lockedUntil.getTime() > now.getTime()) return "sending";
  return row.attempts > 0 ? "retrying" : "queued";
}

function about(kind: string, message: Obj): string {
  const source = obj(message.source);
  const sourceName = str(source.name) ?? "a source";
  const streak = obj(message.streak);
  const length = typeof streak.length === "number" ? streak.length : null;
  switch (kind) {
    case "event":
      return str(obj(message.event).summary) ?? "A change event";
    case "digest": {
      const events = Array.isArray(message.events) ? message.events.length : 0;
      const cadence = message.cadence === "weekly" ? "Weekly" : "Daily";
      return `${cadence} digest of ${events} ${events === 1 ? "change" : "changes"}`;
    }
    case "failure":
      return length === null ? `${sourceName} is failing` : `${sourceName} failed ${length} checks in a row`;
    case "recovery":
      return `${sourceName} recovered${length === null ? "" : ` after ${length} failed checks`}`;
    case "degraded": {
      const card = obj(message.card);
      const lost = typeof card.lostPrices === "number" && typeof card.previousPrices === "number" ? `: ${card.lostPrices} of ${card.previousPrices} prices not read` : "";
      return `${sourceName} extraction degraded${lost}`;
    }
    case "traction":
      return str(obj(message.report).title) ?? "Weekly traction report";
    case "test":
      return "Test alert";
    default:
      return kind;
  }
}

function target(channel: string, payload: Obj): string {
  if (channel === "webhook") {
    const url = str(payload.url);
    return `webhook ${url && URL.canParse(url) ? new URL(url).host : "(unknown)"}`;
  }
  const to = Array.isArray(payload.to) ? payload.to.filter((t): t is string => typeof t === "string") : [];
  return to.length > 0 ? to.join(", ") : "(no recipients)";
}

export function describeAlertDelivery(row: DescribableAlertDelivery, now: Date): AlertDeliveryDescription {
  const payload = obj(row.payload);
  return { state: alertDeliveryState(row, now), about: about(row.kind, obj(payload.message)), target: target(row.channel, payload) };
}
