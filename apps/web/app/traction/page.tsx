// Open-source health: how fast each tracked repository (stars) and Discord community (members) grows.
import type { Metadata } from "next";
import { TractionChart } from "../../components/traction-chart";
import { TractionTable } from "../../components/traction-table";
import { buildTractionChartLines } from "../../lib/build-traction-chart-lines";
import { loadTractionReport, TRACTION_SINCE_DAYS } from "../../lib/load-traction-report";
import { requireUser } from "../../lib/auth/require-user";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Traction" };

const CHART_DAYS = 90;

export default async function TractionPage() {
  await requireUser();
  const now = new Date();
  const { rows, inputs } = await loadTractionReport(now);
  const runs = buildTractionChartLines(inputs, new Date(now.getTime() - CHART_DAYS * 86_400_000));
  return (
    <>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Traction</h1>
        <div className="flex items-baseline gap-4 text-sm">
          <p className="text-slate-500">Stars per repository, members per Discord community; fastest growing over {TRACTION_SINCE_DAYS} days first</p>
          {rows.length > 0 && (
            <a href="/traction/report.csv" download className="font-medium whitespace-nowrap text-sky-700 hover:underline">
              Download CSV
            </a>
          )}
        </div>
      </div>
      {rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-sm text-slate-600">
          No traction data yet: add github_repo or discord_invite sources and collect them.
        </div>
      ) : (
        <>
          <TractionTable rows={rows} />
          {rows.some((row) => row.estimated) && (
            <p className="mt-2 text-xs text-slate-500">* includes estimated values (GitHub lists at most 40,000 stargazers; the rest is interpolated).</p>
          )}
          <section aria-label="Growth over time" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h2 className="mb-2 text-sm font-semibold text-slate-700">Last {CHART_DAYS} days</h2>
            <TractionChart runs={runs} />
            <p className="mt-2 text-xs text-slate-500">Dashed: estimated values.</p>
          </section>
        </>
      )}
    </>
  );
}
