// The input of an alert rule (`ratecard alerts add` and the dashboard's form), checked field by field with
// one-line messages that name the input: the CLI names its flags (--email), the form its labels.
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

export type AlertRuleField = Exclude<keyof AlertRuleOptions, "name">;

export interface AlertRuleFieldError {
  field: AlertRuleField;
  message: string;
}

/** `error` is the first problem; `errors` has every field's first problem, for a form to show beside each field. */
export type ValidatedAlertRule = { ok: true; rule: AlertRuleInput } | { ok: false; error: string; errors: AlertRuleFieldError[] };

/** How messages name each input; the CLI's flags by default. */
export type AlertRuleLabels = Record<AlertRuleField, string>;

export const ALERT_RULE_FLAGS: AlertRuleLabels = {
  email: "--email",
  webhook: "--webhook",
  source: "--source",
  provider: "--provider",
  model: "--model",
  kinds: "--kinds",
  minPct: "--min-pct",
  direction: "--direction",
  cadence: "--cadence",
  hour: "--hour",
  weekday: "--weekday",
  tz: "--tz",
  failureStreak: "--failure-streak",
  traction: "--traction",
};

const EMAIL = /^[^\s@<>()[\],;:"\\]+@[^\s@<>()[\],;:"\\]+$/;
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const CADENCES: readonly AlertCadence[] = ["immediate", "daily", "weekly"];
const DIRECTIONS: readonly AlertDirection[] = ["up", "down", "any"];

/** Lists may be given repeatedly or comma-separated ("--email a@x.com,b@y.com"). */
function list(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");
}

function integer(raw: string, min: number, max: number): number | null {
  const value = Number(raw.trim());
  return raw.trim() === "" || !Number.isInteger(value) || value < min || value > max ? null : value;
}

function weekday(raw: string): number | null {
  const key = raw.trim().toLowerCase();
  const byName = key.length >= 3 ? WEEKDAYS.findIndex((day) => day.startsWith(key)) : -1;
  return byName >= 0 ? byName : integer(raw, 0, 6);
}

export function validateAlertRule(options: AlertRuleOptions, labels: AlertRuleLabels = ALERT_RULE_FLAGS): ValidatedAlertRule {
  const errors: AlertRuleFieldError[] = [];
  const fail = (field: AlertRuleField, message: string) => {
    if (!errors.some((e) => e.field === field)) errors.push({ field, message });
  };
  const L = labels;

  const recipients = list(options.email);
  for (const address of recipients) {
    if (!EMAIL.test(address)) fail("email", `${L.email} '${address}' is not an email address: write it as name@example.com`);
  }
  let webhookUrl: string | null = null;
  if (options.webhook !== undefined && options.webhook.trim() !== "") {
    const raw = options.webhook.trim();
    if (!URL.canParse(raw) || !/^https?:$/.test(new URL(raw).protocol)) fail("webhook", `${L.webhook} '${raw}' is invalid: give an http(s) URL such as https://hooks.slack.com/services/…`);
    else webhookUrl = raw;
  }
  if (recipients.length === 0 && (options.webhook ?? "").trim() === "") fail("email", `a rule needs somewhere to send: give ${L.email} or ${L.webhook}`);

  const eventKinds = list(options.kinds).map((k) => k.toLowerCase());
  for (const kind of eventKinds) {
    if (!(ALERT_EVENT_KINDS as readonly string[]).includes(kind)) fail("kinds", `${L.kinds} '${kind}' is not an event kind: use ${ALERT_EVENT_KINDS.join(", ")}`);
  }

  let minPctChange: number | null = null;
  if (options.minPct !== undefined) {
    const value = Number(options.minPct.trim().replace(/%$/, ""));
    if (options.minPct.trim() === "" || !Number.isFinite(value) || value < 0 || value > 10_000) fail("minPct", `${L.minPct} '${options.minPct}' is invalid: give a percentage such as 10 (a change of at least 10% either way)`);
    else minPctChange = value;
  }

  let direction: AlertDirection | null = null;
  if (options.direction !== undefined) {
    const value = options.direction.trim().toLowerCase();
    if (!(DIRECTIONS as readonly string[]).includes(value)) fail("direction", `${L.direction} '${options.direction}' is invalid: use up, down or any`);
    else direction = value === "any" ? null : (value as AlertDirection);
  }

  const cadenceRaw = (options.cadence ?? "immediate").trim().toLowerCase();
  const cadenceOk = (CADENCES as readonly string[]).includes(cadenceRaw);
  if (!cadenceOk) fail("cadence", `${L.cadence} '${options.cadence}' is invalid: use immediate, daily or weekly`);
  const cadence: AlertCadence = cadenceOk ? (cadenceRaw as AlertCadence) : "immediate";

  const timeZone = (options.tz ?? "UTC").trim();
  if (!isValidTimeZone(timeZone)) fail("tz", `${L.tz} '${options.tz}' is not a time zone: give an IANA name such as Europe/Berlin or America/New_York`);

  let digestHour: number | null = null;
  if (options.hour !== undefined) {
    digestHour = integer(options.hour, 0, 23);
    if (digestHour === null) fail("hour", `${L.hour} '${options.hour}' is invalid: give the hour of the day, 0-23 (in ${L.tz})`);
  }
  let digestWeekday: number | null = null;
  if (options.weekday !== undefined) {
    digestWeekday = weekday(options.weekday);
    if (digestWeekday === null) fail("weekday", `${L.weekday} '${options.weekday}' is invalid: give a day name (mon … sun) or 0-6 with 0 = Sunday`);
  }
  // The weekly traction report goes out on the digest weekday and hour (Monday 09:00 unless set).
  if (cadenceOk && cadence === "immediate" && !options.traction) {
    if (digestHour !== null) fail("hour", `${L.hour} only applies to digests: set ${L.cadence} to daily or weekly`);
    if (digestWeekday !== null) fail("weekday", `${L.weekday} only applies to weekly digests: set ${L.cadence} to weekly`);
  } else if (cadence !== "immediate") {
    digestHour ??= 9;
    if (cadence === "weekly") digestWeekday ??= 1;
    else if (digestWeekday !== null) fail("weekday", `${L.weekday} only applies to weekly digests: set ${L.cadence} to weekly`);
  }

  let failureStreak: number | null = null;
  if (options.failureStreak !== undefined) {
    failureStreak = integer(options.failureStreak, 1, 1000);
    if (failureStreak === null) fail("failureStreak", `${L.failureStreak} '${options.failureStreak}' is invalid: give the number of failed checks in a row that raise an alert, e.g. 3`);
  }

  if (errors.length > 0) return { ok: false, error: errors[0]!.message, errors };
  const name = (options.name ?? "").trim() || defaultName(recipients, webhookUrl);
  return {
    ok: true,
    rule: {
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
    },
  };
}

function defaultName(recipients: string[], webhookUrl: string | null): string {
  if (recipients.length > 0) return `alerts for ${recipients.join(", ")}`;
  return `webhook ${webhookUrl ? new URL(webhookUrl).host : ""}`.trim();
}
