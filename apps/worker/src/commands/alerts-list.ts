import { nextDigestSlot } from "@ratecard/core/alerts";
import { listAlertRules, type AlertRule } from "@ratecard/db";
import type { Env } from "../env";
import { printTable } from "./print-table";
import { withRuntime } from "./with-runtime";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

export async function alertsList(env: Env, options: { json?: boolean }): Promise<void> {
  await withRuntime(env, async ({ db }) => {
    const rules = await listAlertRules(db);
    const outbox = await db.alertDelivery.groupBy({ by: ["ruleId", "status"], where: { status: { in: ["pending", "failed"] } }, _count: { _all: true } });
    const waiting = (ruleId: string) =>
      outbox
        .filter((row) => row.ruleId === ruleId)
        .map((row) => `${row._count._all} ${row.status}`)
        .join(", ") || "—";
    if (options.json) {
      console.log(JSON.stringify(rules.map((rule) => ({ ...rule, minPctChange: rule.minPctChange === null ? null : Number(rule.minPctChange) })), null, 2));
      return;
    }
    if (rules.length === 0) {
      console.log("no alert rules yet: add one with `ratecard alerts add --email you@example.com`");
      return;
    }
    const now = new Date();
    printTable(
      ["id", "name", "to", "selects", "when", "outbox"],
      rules.map((rule) => [
        rule.id.slice(0, 8) + (rule.enabled ? "" : " (off)"),
        rule.name,
        [...rule.recipients, ...(rule.webhookUrl ? [`webhook ${hostOf(rule.webhookUrl)}`] : [])].join(", "),
        describeSelection(rule),
        describeTiming(rule, now),
        waiting(rule.id),
      ]),
    );
  });
}

/** One line: what a rule selects and when it sends. */
export function describeAlertRule(rule: AlertRule): string {
  return `${describeSelection(rule)}; ${describeTiming(rule, new Date())}`;
}

function describeSelection(rule: AlertRule): string {
  const parts: string[] = [];
  if (rule.sourceIds.length > 0) parts.push(`sources ${rule.sourceIds.map((id) => id.slice(0, 8)).join(",")}`);
  if (rule.providers.length > 0) parts.push(`providers ${rule.providers.join(",")}`);
  if (rule.modelPatterns.length > 0) parts.push(`models ${rule.modelPatterns.join(",")}`);
  if (rule.eventKinds.length > 0) parts.push(`kinds ${rule.eventKinds.join(",")}`);
  if (rule.minPctChange !== null) parts.push(`≥${Number(rule.minPctChange)}%`);
  if (rule.direction === "up" || rule.direction === "down") parts.push(rule.direction);
  if (rule.eventKinds.length === 0 || rule.eventKinds.includes("source_failure")) parts.push(`failures after ${rule.failureStreak ?? 3}`);
  if (rule.eventKinds.length === 0 || rule.eventKinds.includes("extraction_degraded")) parts.push("degraded extraction");
  if (rule.tractionReport) parts.push("traction report");
  return parts.length > 0 ? parts.join(", ") : "all changes";
}

function describeTiming(rule: AlertRule, now: Date): string {
  const hour = `${String(rule.digestHour ?? 9).padStart(2, "0")}:00 ${rule.timeZone}`;
  if (rule.cadence === "immediate") return "immediately";
  const next = nextDigestSlot({ cadence: rule.cadence === "weekly" ? "weekly" : "daily", digestHour: rule.digestHour, digestWeekday: rule.digestWeekday, timeZone: rule.timeZone }, now);
  const when = rule.cadence === "weekly" ? `weekly ${WEEKDAYS[rule.digestWeekday ?? 1]} ${hour}` : `daily ${hour}`;
  return next ? `${when} (next ${next.toISOString().slice(0, 16).replace("T", " ")} UTC)` : when;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
