// The cost calculator: one workload priced on every model with current page prices, cheapest first.
import { buildCostCurves, rankWorkloadCost, type CostRanking, type Workload } from "@ratecard/core";
import { buildCostCards, listCurrentPricePoints } from "@ratecard/db";
import type { Metadata } from "next";
import { CostCrossoverNote } from "../../components/cost-crossover-note";
import { CostForm, type CostFormValues } from "../../components/cost-form";
import { CostRankingTable } from "../../components/cost-ranking-table";
import { CostVolumeChart } from "../../components/cost-volume-chart";
import { getDb } from "../../lib/db";
import { getSnapshotPricesCache } from "../../lib/get-snapshot-prices-cache";
import { firstParam } from "../../lib/first-param";
import { formatUsd } from "../../lib/format-usd";
import { parseNumberParam } from "../../lib/parse-number-param";
import { requireUser } from "../../lib/auth/require-user";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Cost" };

const DEFAULTS = { input: 2_000, output: 500 };
/** The chart draws the ranking's first models (and any that is cheapest at some volume). */
const CHART_MODELS = 5;
/** The ranking shows the cheapest models first; the rest on request (?all=1), so a large catalogue stays a small page. */
const RANKING_ROWS = 50;
const SKIPPED_NAMES = 100;

export default async function CostPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser();
  const query = await searchParams;
  const values: CostFormValues = {
    input: firstParam(query.input)?.trim() || String(DEFAULTS.input),
    output: firstParam(query.output)?.trim() || String(DEFAULTS.output),
    cachedShare: firstParam(query.cachedShare)?.trim() ?? "",
    batch: Boolean(firstParam(query.batch)),
    tasks: firstParam(query.tasks)?.trim() ?? "",
  };
  const showAll = firstParam(query.all) === "1";
  const cachedShare = Math.min(1, parseNumberParam(values.cachedShare, 0));
  const tasks = parseNumberParam(values.tasks, 0);
  const workload: Workload = {
    inputTokens: parseNumberParam(values.input, DEFAULTS.input),
    outputTokens: parseNumberParam(values.output, DEFAULTS.output),
    ...(cachedShare > 0 ? { cachedShare } : {}),
    ...(values.batch ? { batch: true } : {}),
    ...(tasks > 0 ? { requestsPerMonth: Math.round(tasks) } : {}),
    now: new Date(),
  };
  const cards = buildCostCards(await listCurrentPricePoints(getDb(), { kinds: ["page"] }, { cache: getSnapshotPricesCache() }));
  const ranking: CostRanking = rankWorkloadCost(cards, workload);
  const volumes = ranking.rows[0]?.monthly.map((m) => m.volume) ?? [];
  const curves = buildCostCurves(ranking.rows, { include: volumes, limit: CHART_MODELS });
  const allHref = `/cost?${new URLSearchParams({ ...Object.fromEntries(Object.entries(values).filter(([, v]) => v !== "" && v !== false).map(([k, v]) => [k, v === true ? "1" : String(v)])), all: "1" }).toString()}`;

  return (
    <>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Cost</h1>
        <p className="text-sm text-slate-500">What one workload costs on every model, from current pricing pages</p>
      </div>
      <CostForm values={values} />
      {ranking.rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-sm text-slate-600">
          {cards.length === 0
            ? "No prices known yet: the ranking appears once a pricing page source has been checked and its prices read."
            : "No model has all the prices this workload needs (e.g. batch or cached-input prices)."}
        </div>
      ) : (
        <>
          <CheapestSentence cheapestAt={ranking.cheapestAt} />
          <CostRankingTable rows={showAll ? ranking.rows : ranking.rows.slice(0, RANKING_ROWS)} volumes={volumes} />
          {!showAll && ranking.rows.length > RANKING_ROWS && (
            <p className="mt-2 text-sm text-slate-600" data-testid="ranking-limit">
              The {RANKING_ROWS} cheapest of {ranking.rows.length.toLocaleString("en-US")} models.{" "}
              <a href={allHref} className="text-sky-700 hover:underline">
                Show all
              </a>
            </p>
          )}
          <section aria-labelledby="cost-chart-heading" className="mt-6 space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h2 id="cost-chart-heading" className="text-sm font-semibold text-slate-700">
              Monthly cost against volume
            </h2>
            <CostCrossoverNote curves={curves} />
            <CostVolumeChart curves={curves} />
            <p className="text-xs text-slate-500">Both axes are logarithmic. Dashed red lines mark where the cheapest model changes.</p>
          </section>
        </>
      )}
      {ranking.skipped.length > 0 && (
        <details className="mt-4 text-sm text-slate-600">
          <summary className="cursor-pointer">
            {ranking.skipped.length} {ranking.skipped.length === 1 ? "model" : "models"} skipped (missing prices for this workload)
          </summary>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {ranking.skipped.slice(0, showAll ? undefined : SKIPPED_NAMES).map((s) => (
              <li key={`${s.provider}/${s.model}/${s.reason}`}>
                {s.provider} {s.model}: {s.reason}
              </li>
            ))}
            {!showAll && ranking.skipped.length > SKIPPED_NAMES && <li>and {(ranking.skipped.length - SKIPPED_NAMES).toLocaleString("en-US")} more</li>}
          </ul>
        </details>
      )}
    </>
  );
}

function CheapestSentence({ cheapestAt }: { cheapestAt: CostRanking["cheapestAt"] }) {
  if (cheapestAt.length === 0) return null;
  const [low] = cheapestAt;
  const high = cheapestAt.at(-1)!;
  const name = (c: CostRanking["cheapestAt"][number]) => `${c.provider} ${c.model}`;
  const at = (c: CostRanking["cheapestAt"][number]) => `${c.volume.toLocaleString("en-US")} tasks a month (${formatUsd(c.monthly)} a month)`;
  let text: string;
  if (!low || low === high) text = `Cheapest at ${at(high)}: ${name(high)}.`;
  else if (name(low) === name(high)) text = `Cheapest at low and high volume: ${name(low)}, at ${at(low)} and at ${at(high)}.`;
  else text = `Cheapest at low volume: ${name(low)} at ${at(low)}; at high volume: ${name(high)} at ${at(high)}.`;
  return (
    <p data-testid="cheapest" className="mb-4 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
      {text}
    </p>
  );
}
