// One alert rule in words; admins also get its edit link and a remove button that asks first.
import { describeAlertRule, type AlertCadence, type AlertDirection } from "@ratecard/core/alerts";
import type { AlertRule } from "@ratecard/db";
import Link from "next/link";
import { removeAlertRuleAction } from "../lib/alerts/remove-alert-rule-action";
import { ConfirmSubmitButton } from "./confirm-submit-button";

export function AlertRuleCard({ rule, sourceNames, now, admin }: { rule: AlertRule; sourceNames: Map<string, string>; now: Date; admin: boolean }) {
  const words = describeAlertRule(
    { ...rule, minPctChange: rule.minPctChange === null ? null : Number(rule.minPctChange), direction: rule.direction as AlertDirection | null, cadence: rule.cadence as AlertCadence },
    { now, sourceName: (id) => sourceNames.get(id) },
  );
  return (
    <li data-rule-name={rule.name} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="font-semibold text-slate-900">
          {rule.name}
          {!rule.enabled && <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-600">disabled</span>}
        </h3>
        {admin && (
          <div className="flex flex-wrap items-center gap-2">
            <Link href={`/alerts/${rule.id}/edit`} className="rounded-md px-2 py-1 text-sm font-medium text-sky-700 hover:bg-sky-50">
              Edit
            </Link>
            <form action={removeAlertRuleAction}>
              <input type="hidden" name="id" value={rule.id} />
              <ConfirmSubmitButton label="Remove" question={`Remove “${rule.name}” and its delivery history?`} confirmLabel="Yes, remove" />
            </form>
          </div>
        )}
      </div>
      <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-[6rem_1fr]">
        <dt className="text-slate-500">Matches</dt>
        <dd data-part="matches">{words.matches}</dd>
        <dt className="text-slate-500">Sends</dt>
        <dd data-part="channel" className="break-words">{words.channel}</dd>
        <dt className="text-slate-500">When</dt>
        <dd data-part="schedule">{words.schedule}</dd>
      </dl>
    </li>
  );
}
