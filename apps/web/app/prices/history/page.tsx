// One model's price history: each standard price as steps over time, with the model's change events.
import { listPriceHistory } from "@ratecard/db";
import type { Metadata } from "next";
import Link from "next/link";
import { ChangeKindBadge } from "../../../components/change-kind-badge";
import { PriceHistoryChart } from "../../../components/price-history-chart";
import { buildPriceHistoryChart } from "../../../lib/build-price-history-chart";
import { getDb } from "../../../lib/db";
import { firstParam } from "../../../lib/first-param";
import { formatTimestamp } from "../../../lib/format-timestamp";
import { requireUser } from "../../../lib/auth/require-user";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Price history" };

export default async function PriceHistoryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser();
  const query = await searchParams;
  const provider = firstParam(query.provider)?.trim() ?? "";
  const model = firstParam(query.model)?.trim() ?? "";
  const history = provider && model ? await listPriceHistory(getDb(), { provider, model }) : { snapshots: [], events: [] };
  const rows = buildPriceHistoryChart(history);
  const markers = history.events.map((event) => ({ id: event.id, t: event.detectedAt.getTime(), label: event.kind.replaceAll("_", " ") }));

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/prices" className="text-sky-700 hover:underline">
          ← Prices
        </Link>
      </p>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">{model || "Price history"}</h1>
        <p className="text-sm text-slate-500">{provider ? `${provider} · ` : ""}USD per 1M tokens, standard tier, as each snapshot of the pricing page stated it</p>
      </div>
      {rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-sm text-slate-600">
          {provider && model
            ? `No prices recorded for model “${model}” of provider “${provider}”: pick a model from the price matrix.`
            : "Name a model: open a model from the price matrix, e.g. /prices/history?provider=openai&model=GPT-5."}
        </div>
      ) : (
        <section aria-label="Price over time" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <PriceHistoryChart rows={rows} events={markers} />
          <p className="mt-2 text-xs text-slate-500">
            {history.snapshots.length} {history.snapshots.length === 1 ? "snapshot" : "snapshots"}; dashed red lines mark change events.
          </p>
        </section>
      )}
      <h2 className="mt-6 mb-2 text-lg font-semibold">Changes</h2>
      {history.events.length === 0 ? (
        <p className="text-sm text-slate-600">No change events recorded for this model.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm shadow-sm">
          {history.events.map((event) => (
            <li key={event.id} data-event-id={event.id} className="flex flex-wrap items-center gap-3 px-4 py-2">
              <time dateTime={event.detectedAt.toISOString()} className="whitespace-nowrap text-slate-500 tabular-nums">
                {formatTimestamp(event.detectedAt)}
              </time>
              <ChangeKindBadge kind={event.kind} />
              <span className="text-slate-900">{event.summary}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
