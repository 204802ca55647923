// Edits one alert rule (admins only).
import { findAlertRule, listSourceNames } from "@ratecard/db";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AlertRuleForm } from "../../../../components/alert-rule-form";
import type { AlertRuleFormValues } from "../../../../lib/alerts/alert-rule-form-state";
import { updateAlertRuleAction } from "../../../../lib/alerts/update-alert-rule-action";
import { requireAdmin } from "../../../../lib/auth/require-admin";
import { getDb } from "../../../../lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit alert rule" };

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

export default async function EditAlertRulePage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const { id } = await params;
  const db = getDb();
  const [rule, sources] = await Promise.all([findAlertRule(db, id), listSourceNames(db)]);
  if (!rule || rule.id !== id) notFound();
  const values: AlertRuleFormValues = {
    name: rule.name,
    email: rule.recipients.join(", "),
    webhook: rule.webhookUrl ?? "",
    source: rule.sourceIds,
    provider: rule.providers.join(", "),
    model: rule.modelPatterns.join(", "),
    kinds: rule.eventKinds,
    minPct: rule.minPctChange === null ? "" : String(Number(rule.minPctChange)),
    direction: rule.direction ?? "any",
    cadence: rule.cadence,
    hour: rule.cadence === "immediate" && !rule.tractionReport ? "" : String(rule.digestHour ?? ""),
    weekday: rule.digestWeekday === null || (rule.cadence !== "weekly" && !rule.tractionReport) ? "" : (WEEKDAYS[rule.digestWeekday] ?? ""),
    tz: rule.timeZone,
    failureStreak: rule.failureStreak === null ? "" : String(rule.failureStreak),
    traction: rule.tractionReport,
    enabled: rule.enabled,
  };
  return (
    <>
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Edit “{rule.name}”</h1>
        <Link href="/alerts" className="text-sm text-sky-700 hover:underline">
          ← Back to alerts
        </Link>
      </div>
      <AlertRuleForm action={updateAlertRuleAction} initial={values} ruleId={rule.id} sources={sources} timeZones={Intl.supportedValuesOf("timeZone")} submitLabel="Save rule" />
    </>
  );
}
