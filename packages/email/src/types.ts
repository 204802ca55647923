// What an alert says, as stored in the outbox's payload: a snapshot of the facts at enqueue time, so a
// retried or resent email is the same email even if the event or the rule changed since.

/** A change event with its source, as an email shows it. Scraped fields are untrusted text. */
export interface AlertEventView {
  id: string;
  sourceId: string;
  sourceName: string;
  sourceUrl: string;
  kind: string;
  provider: string | null;
  model: string | null;
  /** The event in words (describeChangeEvent), e.g. "Anthropic: Claude Opus 4.6 input, …, $10.00 → $5.00 per 1M tokens (−50%)". */
  summary: string;
  unit: string | null;
  currency: string | null;
  oldValue: number | null;
  newValue: number | null;
  pctChange: number | null;
  oldEvidence: string | null;
  newEvidence: string | null;
  fromSnapshotId: string | null;
  toSnapshotId: string;
  detectedAt: string;
}

export interface AlertSourceView {
  id: string;
  name: string;
  url: string;
  provider: string | null;
}

export interface FailureStreakView {
  length: number;
  firstCheckAt: string;
  lastCheckAt: string;
  lastOutcome: string;
  lastError: string | null;
}

/** A price card that lost many of the previous version's prices while the page still names their models. */
export interface DegradedCardView {
  snapshotId: string;
  /** When the degraded version was first seen. */
  seenAt: string;
  /** Prices of the previous version that were not read, of how many (null on cards stored before the counts were). */
  lostPrices: number | null;
  previousPrices: number | null;
  /** The models whose prices were lost although the page still names them (scraped text). */
  lostModels: string[];
  /** The card's stored warning, shown when the counts are missing. */
  warning: string | null;
}

/** A traction report already formatted by the traction module: a title, a header row and rows of cells. */
export interface TractionReportView {
  title: string;
  headers: string[];
  rows: string[][];
  /** Optional lines under the table (e.g. how growth was computed). */
  notes?: string[];
  /** The report as the traction module formats it for text (markdown); the plain-text part uses it when given. */
  text?: string;
}

export type AlertMessage =
  | { kind: "event"; ruleName: string; event: AlertEventView }
  | { kind: "digest"; ruleName: string; cadence: "daily" | "weekly"; periodStart: string; periodEnd: string; timeZone: string; events: AlertEventView[] }
  | { kind: "failure"; ruleName: string; source: AlertSourceView; streak: FailureStreakView }
  | { kind: "recovery"; ruleName: string; source: AlertSourceView; streak: FailureStreakView; recoveredAt: string }
  | { kind: "degraded"; ruleName: string; source: AlertSourceView; card: DegradedCardView }
  | { kind: "traction"; ruleName: string; periodEnd: string; report: TractionReportView }
  | { kind: "test"; ruleName: string; requestedAt: string };

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export interface RenderOptions {
  /** The dashboard's public address (e.g. https://ratecard.example.com); without it emails carry no links. */
  baseUrl?: string | null;
}
