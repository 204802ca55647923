// The input of `ratecard alerts add`, checked field by field with one-line messages that name the input.
import { ALERT_EVENT_KINDS, type AlertCadence, type AlertDirection, type AlertRuleInput } from "./types";
import { isValidTimeZone } from "./zoned-time";

export interface AlertRuleOptions {
  name?: string;
  email?: string[];
  webhook?: string;
  source?: string[];
  provider?: string[];
  model?: string[];
  kinds?: string[];
  minPct?: string;
  direction?: string;
  cadence?: string;
  hour?: string;
  weekday?: string;
  tz?: string;
  failureStreak?: string;
  traction?: boolean;
}

export type ValidatedAlertRule = { ok: true; rule: AlertRuleInput } | { ok: false; error: string };

const EMAIL = /^[^\s@<>()[\],;:"\\]+@[^\s@<>()[\],;:"\\]+$/;
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const CADENCES: readonly AlertCadence[] = ["immediate", "daily", "weekly"];
const DIRECTIONS: readonly AlertDirection[] = ["up", "down", "any"];

class InvalidInput extends Error {}

/** Lists may be given repeatedly or comma-separated ("--email a@x.com,b@y.com"). */
function list(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");
}

function integer(flag: string, raw: string, min: number, max: number, hint: string): number {
  const value = Number(raw.trim());
  if (raw.trim() === "" || !Number.isInteger(value) || value < min || value > max) throw new InvalidInput(`${flag} '${raw}' is invalid: ${hint}`);
  return value;
}

function weekday(raw: string): number {
  const key = raw.trim().toLowerCase();
  const byName = key.length >= 3 ? WEEKDAYS.findIndex((day) => day.startsWith(key)) : -1;
  if (byName >= 0) return byName;
  return integer("--weekday", raw, 0, 6, "give a day name (mon … sun) or 0-6 with 0 = Sunday");
}

export function validateAlertRule(options: AlertRuleOptions): ValidatedAlertRule {
  try {
    return { ok: true, rule: parse(options) };
  } catch (error) {
    if (error instanceof InvalidInput) return { ok: false, error: error.message };
    throw error;
  }
}

function parse(options: AlertRuleOptions): AlertRuleInput {
  const recipients = list(options.email);
  for (const address of recipients) {
    if (!EMAIL.test(address)) throw new InvalidInput(`--email '${address}' is not an email address: write it as name@example.com`);
  }
  let webhookUrl: string | null = null;
  if (options.webhook !== undefined && options.webhook.trim() !== "") {
    const raw = options.webhook.trim();
    if (!URL.canParse(raw) || !/^https?:$/.test(new URL(raw).protocol)) throw new InvalidInput(`--webhook '${raw}' is invalid: give an http(s) URL such as https://hooks.slack.com/services/…`);
    webhookUrl = raw;
  }
  if (recipients.length === 0 && webhookUrl === null) throw new InvalidInput("a rule needs somewhere to send: give --email ADDRESS or --webhook URL");

  const eventKinds = list(options.kinds).map((k) => k.toLowerCase());
  for (const kind of eventKinds) {
    if (!(ALERT_EVENT_KINDS as readonly string[]).includes(kind)) throw new InvalidInput(`--kinds '${kind}' is not an event kind: use ${ALERT_EVENT_KINDS.join(", ")}`);
  }

  let minPctChange: number | null = null;
  if (options.minPct !== undefined) {
    const value = Number(options.minPct.trim().replace(/%$/, ""));
    if (options.minPct.trim() === "" || !Number.isFinite(value) || value < 0 || value > 10_000) throw new InvalidInput(`--min-pct '${options.minPct}' is invalid: give a percentage such as 10 (a change of at least 10% either way)`);
    minPctChange = value;
  }

  let direction: AlertDirection | null = null;
  if (options.direction !== undefined) {
    const value = options.direction.trim().toLowerCase();
    if (!(DIRECTIONS as readonly string[]).includes(value)) throw new InvalidInput(`--direction '${options.direction}' is invalid: use up, down or any`);
    direction = value === "any" ? null : (value as AlertDirection);
  }

  const cadenceRaw = (options.cadence ?? "immediate").trim().toLowerCase();
  if (!(CADENCES as readonly string[]).includes(cadenceRaw)) throw new InvalidInput(`--cadence '${options.cadence}' is invalid: use immediate, daily or weekly`);
  const cadence = cadenceRaw as AlertCadence;

  const timeZone = (options.tz ?? "UTC").trim();
  if (!isValidTimeZone(timeZone)) throw new InvalidInput(`--tz '${options.tz}' is not a time zone: give an IANA name such as Europe/Berlin or America/New_York`);

  const hourHint = "give the hour of the day, 0-23 (in --tz)";
  let digestHour: number | null = options.hour === undefined ? null : integer("--hour", options.hour, 0, 23, hourHint);
  let digestWeekday: number | null = options.weekday === undefined ? null : weekday(options.weekday);
  // The weekly traction report goes out on the digest weekday and hour (Monday 09:00 unless set).
  if (cadence === "immediate" && !options.traction) {
    if (digestHour !== null) throw new InvalidInput("--hour only applies to digests: add --cadence daily or --cadence weekly");
    if (digestWeekday !== null) throw new InvalidInput("--weekday only applies to weekly digests: add --cadence weekly");
  } else if (cadence !== "immediate") {
    digestHour ??= 9;
    if (cadence === "weekly") digestWeekday ??= 1;
    else if (digestWeekday !== null) throw new InvalidInput("--weekday only applies to weekly digests: use --cadence weekly");
  }

  const failureStreak = options.failureStreak === undefined ? null : integer("--failure-streak", options.failureStreak, 1, 1000, "give the number of failed checks in a row that raise an alert, e.g. 3");

  const name = (options.name ?? "").trim() || defaultName(recipients, webhookUrl);
  return {
    name,
    recipients,
    webhookUrl,
    sourceIds: list(options.source),
    providers: list(options.provider).map((p) => p.toLowerCase()),
    modelPatterns: list(options.model),
    eventKinds,
    minPctChange,
    direction,
    cadence,
    digestHour,
    digestWeekday,
    timeZone,
    failureStreak,
    tractionReport: options.traction ?? false,
  };
}

function defaultName(recipients: string[], webhookUrl: string | null): string {
  if (recipients.length > 0) return `alerts for ${recipients.join(", ")}`;
  return `webhook ${webhookUrl ? new URL(webhookUrl).host : ""}`.trim();
}
