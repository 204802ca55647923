// Alert rules in words (admins add, edit and remove them) and the outbox's recent deliveries with their status.
import { listAlertDeliveriesPage, listAlertRules, listSourceNames, type AlertDeliveryStatusFilter } from "@ratecard/db";
import type { Metadata } from "next";
import { AlertDeliveriesTable } from "../../components/alert-deliveries-table";
import { AlertRuleCard } from "../../components/alert-rule-card";
import { AlertRuleForm } from "../../components/alert-rule-form";
import { FilterFormButtons } from "../../components/filter-form-buttons";
import { FilterSelect } from "../../components/filter-select";
import { PaginationNav } from "../../components/pagination-nav";
import { EMPTY_ALERT_RULE_VALUES } from "../../lib/alerts/alert-rule-form-state";
import { createAlertRuleAction } from "../../lib/alerts/create-alert-rule-action";
import { requireUser } from "../../lib/auth/require-user";
import { getDb } from "../../lib/db";
import { firstParam } from "../../lib/first-param";
import { parsePageParam } from "../../lib/parse-page-param";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Alerts" };

const PAGE_SIZE = 25;
const STATUSES: { value: AlertDeliveryStatusFilter; label: string }[] = [
  { value: "pending", label: "pending (queued, sending, retrying)" },
  { value: "retrying", label: "retrying" },
  { value: "sent", label: "sent" },
  { value: "failed", label: "failed" },
];

export default async function AlertsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const admin = user.role === "admin";
  const query = await searchParams;
  const ruleFilter = firstParam(query.rule)?.trim() ?? "";
  const statusParam = firstParam(query.status)?.trim() ?? "";
  const status = STATUSES.find((s) => s.value === statusParam)?.value;
  const page = parsePageParam(query.page);

  const db = getDb();
  const [rules, sources, deliveries] = await Promise.all([
    listAlertRules(db),
    listSourceNames(db),
    listAlertDeliveriesPage(db, { ...(ruleFilter ? { ruleId: ruleFilter } : {}), ...(status ? { status } : {}), offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }),
  ]);
  const sourceNames = new Map(sources.map((s) => [s.id, s.name]));
  const now = new Date();
  const pageHref = (n: number) => {
    const params = new URLSearchParams();
    if (ruleFilter) params.set("rule", ruleFilter);
    if (status) params.set("status", status);
    if (n > 1) params.set("page", String(n));
    const text = params.toString();
    return `/alerts${text ? `?${text}` : ""}#deliveries`;
  };

  return (
    <>
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Alerts</h1>
        <p className="text-sm text-slate-500">Who hears about which changes, and how sending went</p>
      </div>

      <section aria-labelledby="rules-heading" className="mb-8">
        <h2 id="rules-heading" className="mb-3 text-lg font-semibold">Rules</h2>
        {rules.length === 0 ? (
          <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-8 text-center text-sm text-slate-600">
            No alert rules yet.{admin ? " Add one below, or with `ratecard alerts add`." : " An admin can add them."}
          </div>
        ) : (
          <ul className="space-y-3" aria-label="Alert rules">
            {rules.map((rule) => (
              <AlertRuleCard key={rule.id} rule={rule} sourceNames={sourceNames} now={now} admin={admin} />
            ))}
          </ul>
        )}
      </section>

      {admin && (
        <section aria-labelledby="new-rule-heading" className="mb-8">
          <h2 id="new-rule-heading" className="mb-3 text-lg font-semibold">New rule</h2>
          <AlertRuleForm action={createAlertRuleAction} initial={EMPTY_ALERT_RULE_VALUES} sources={sources} timeZones={Intl.supportedValuesOf("timeZone")} submitLabel="Add rule" />
        </section>
      )}

      <section aria-labelledby="deliveries-heading" id="deliveries">
        <h2 id="deliveries-heading" className="mb-3 text-lg font-semibold">Recent deliveries</h2>
        <form method="get" action="/alerts#deliveries" aria-label="Filter deliveries" className="mb-4 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-4 sm:items-end">
          <FilterSelect label="Rule" name="rule" value={ruleFilter} allLabel="All rules" options={rules.map((rule) => ({ value: rule.id, label: rule.name }))} />
          <FilterSelect label="Status" name="status" value={status ?? ""} allLabel="Any status" options={STATUSES} />
          <FilterFormButtons resetHref="/alerts#deliveries" />
        </form>
        {deliveries.deliveries.length === 0 ? (
          <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-8 text-center text-sm text-slate-600">
            {page > 1 ? "No more deliveries." : ruleFilter || status ? "No deliveries match these filters." : "Nothing has been sent yet: deliveries appear here when a rule matches a change, a digest is due or a source keeps failing."}
          </div>
        ) : (
          <AlertDeliveriesTable deliveries={deliveries.deliveries} now={now} />
        )}
        <PaginationNav label="Deliveries pages" page={page} hasMore={deliveries.hasMore} hrefFor={pageHref} labels={["← Newer", "Older →"]} />
      </section>
    </>
  );
}
