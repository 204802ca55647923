// Alert rules as the pure logic sees them: plain values, no database types.
import type { ChangeEventKind } from "../diff/types";

export type AlertCadence = "immediate" | "daily" | "weekly";
export type AlertDirection = "up" | "down" | "any";
/**
 * Change-event kinds plus the kinds about a source itself: `source_failure` (a source failing N checks
 * in a row, and its recovery) and `extraction_degraded` (a new card lost many of the previous card's
 * prices while the page still names their models).
 */
export type SourceAlertKind = "source_failure" | "extraction_degraded";
export type AlertEventKind = ChangeEventKind | SourceAlertKind;

export const CHANGE_EVENT_KINDS: readonly ChangeEventKind[] = [
  "price_increase",
  "price_decrease",
  "model_added",
  "model_removed",
  "model_renamed",
  "tier_added",
  "tier_removed",
  "scheduled_change",
];
export const SOURCE_ALERT_KINDS: readonly SourceAlertKind[] = ["source_failure", "extraction_degraded"];
export const ALERT_EVENT_KINDS: readonly AlertEventKind[] = [...CHANGE_EVENT_KINDS, ...SOURCE_ALERT_KINDS];
export const DEFAULT_FAILURE_STREAK = 3;

/** What a rule selects. Empty lists mean "any". */
export interface AlertRuleFilter {
  sourceIds: readonly string[];
  providers: readonly string[];
  modelPatterns: readonly string[];
  eventKinds: readonly string[];
  /** Absolute percent change an event must reach (events without a percent, such as model_added, pass). */
  minPctChange: number | null;
  direction: AlertDirection | null;
}

/** When a digest rule sends. Hours and weekdays are in `timeZone` (IANA); weekday 0 = Sunday … 6 = Saturday. */
export interface DigestSchedule {
  cadence: AlertCadence;
  digestHour: number | null;
  digestWeekday: number | null;
  timeZone: string;
}

/** The fields of a change event the rules look at. */
export interface AlertSubjectEvent {
  sourceId: string;
  kind: string;
  provider: string | null;
  model: string | null;
  previousModel?: string | null;
  pctChange: number | null;
}

/** A rule as `alerts add` validates it, ready to store. */
export interface AlertRuleInput extends AlertRuleFilter, DigestSchedule {
  name: string;
  sourceIds: string[];
  providers: string[];
  modelPatterns: string[];
  eventKinds: string[];
  recipients: string[];
  webhookUrl: string | null;
  failureStreak: number | null;
  tractionReport: boolean;
}
