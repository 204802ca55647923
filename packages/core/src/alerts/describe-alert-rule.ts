// An alert rule in plain words for the dashboard: what it listens to, where it sends, and when.
import { nextDigestSlot } from "./latest-digest-slot";
import { DEFAULT_FAILURE_STREAK, SOURCE_ALERT_KINDS, type AlertRuleInput } from "./types";

export type DescribableAlertRule = Pick<
  AlertRuleInput,
  "sourceIds" | "providers" | "modelPatterns" | "eventKinds" | "minPctChange" | "direction" | "recipients" | "webhookUrl" | "cadence" | "digestHour" | "digestWeekday" | "timeZone" | "failureStreak" | "tractionReport"
>;

export interface AlertRuleDescription {
  /** "Price decreases of at least 10% for Anthropic models matching claude-*, from any source." */
  matches: string;
  /** "Email to a@x.com and a webhook to hooks.slack.com." */
  channel: string;
  /** "Immediately." or "A daily digest at 09:00 Europe/Berlin (next 2026-11-27 08:00 UTC)." */
  schedule: string;
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const KIND_WORDS: Record<string, string> = {
  price_increase: "price increases",
  price_decrease: "price decreases",
  model_added: "models added",
  model_removed: "models removed",
  model_renamed: "models renamed",
  tier_added: "tiers added",
  tier_removed: "tiers removed",
  scheduled_change: "scheduled price changes",
};

function joinWords(words: readonly string[], last = "and"): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${last} ${words.at(-1)}`;
}

function hostOf(url: string): string {
  return URL.canParse(url) ? new URL(url).host : url;
}

export function describeAlertRule(rule: DescribableAlertRule, options: { now: Date; sourceName?: (id: string) => string | undefined }): AlertRuleDescription {
  const changeKinds = rule.eventKinds.filter((kind) => !(SOURCE_ALERT_KINDS as readonly string[]).includes(kind));
  const failures = rule.eventKinds.length === 0 || rule.eventKinds.includes("source_failure");
  const degraded = rule.eventKinds.length === 0 || rule.eventKinds.includes("extraction_degraded");
  const changes = rule.eventKinds.length === 0 || changeKinds.length > 0;

  const parts: string[] = [];
  if (changes) {
    let what = changeKinds.length === 0 ? "all price and model changes" : joinWords(changeKinds.map((kind) => KIND_WORDS[kind] ?? kind.replaceAll("_", " ")), "or");
    const size: string[] = [];
    if (rule.direction === "up") size.push("upwards");
    if (rule.direction === "down") size.push("downwards");
    if (rule.minPctChange !== null) size.push(`of at least ${rule.minPctChange}%`);
    if (size.length > 0) what += ` (${size.join(" ")})`;
    if (rule.providers.length > 0) what += ` by ${joinWords(rule.providers, "or")}`;
    if (rule.modelPatterns.length > 0) what += ` for models matching ${joinWords(rule.modelPatterns, "or")}`;
    parts.push(what);
  }
  if (failures) parts.push(`a source failing ${rule.failureStreak ?? DEFAULT_FAILURE_STREAK} checks in a row (and its recovery)`);
  if (degraded) parts.push("a page whose prices stop being read (extraction degraded)");
  if (rule.tractionReport) parts.push("the weekly traction report");
  const sources = rule.sourceIds.map((id) => options.sourceName?.(id) ?? id.slice(0, 8));
  const from = sources.length === 0 ? "from any source" : `from ${joinWords(sources, "or")}`;
  const first = joinWords(parts, "and");
  const matches = `${first.charAt(0).toUpperCase()}${first.slice(1)}, ${from}.`;

  const channels: string[] = [];
  if (rule.recipients.length > 0) channels.push(`Email to ${joinWords(rule.recipients)}`);
  if (rule.webhookUrl) channels.push(`${channels.length > 0 ? "a webhook" : "A webhook"} to ${hostOf(rule.webhookUrl)}`);
  const channel = `${channels.join(" and ")}.`;

  const at = `${String(rule.digestHour ?? 9).padStart(2, "0")}:00 ${rule.timeZone}`;
  let schedule: string;
  if (rule.cadence === "immediate") {
    schedule = rule.tractionReport ? `Immediately; the traction report on ${WEEKDAYS[rule.digestWeekday ?? 1]} at ${at}.` : "Immediately.";
  } else {
    const next = nextDigestSlot({ cadence: rule.cadence, digestHour: rule.digestHour, digestWeekday: rule.digestWeekday, timeZone: rule.timeZone }, options.now);
    const when = rule.cadence === "weekly" ? `A weekly digest on ${WEEKDAYS[rule.digestWeekday ?? 1]} at ${at}` : `A daily digest at ${at}`;
    schedule = next ? `${when} (next ${next.toISOString().slice(0, 16).replace("T", " ")} UTC).` : `${when}.`;
  }
  return { matches, channel, schedule };
}
