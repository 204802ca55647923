// Failed sign-ins for admins: per account (and whether the account-wide throttle is slowing it now),
// per address, and the latest ones with their times. Attempts are kept for 7 days.
import { accountDelayMs, SIGN_IN_THROTTLE } from "@ratecard/core";
import { listSignInFailures } from "@ratecard/db";
import type { Metadata } from "next";
import Link from "next/link";
import { SimpleTable } from "../../../components/simple-table";
import { TimeAgo } from "../../../components/time-ago";
import { requireAdmin } from "../../../lib/auth/require-admin";
import { getDb } from "../../../lib/db";
import { firstParam } from "../../../lib/first-param";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Failed sign-ins" };

const PERIODS = { "24h": { label: "last 24 hours", ms: 24 * 60 * 60_000 }, "7d": { label: "last 7 days", ms: 7 * 24 * 60 * 60_000 } } as const;

export default async function SignInFailuresPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin();
  const periodKey = firstParam((await searchParams).period) === "7d" ? "7d" : "24h";
  const period = PERIODS[periodKey];
  const now = new Date();
  const report = await listSignInFailures(getDb(), {
    since: new Date(now.getTime() - period.ms),
    recentSince: new Date(now.getTime() - SIGN_IN_THROTTLE.accountWindowMs),
  });
  return (
    <>
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Failed sign-ins</h1>
        <nav aria-label="Period" className="flex gap-3 text-sm">
          {Object.entries(PERIODS).map(([key, { label }]) =>
            key === periodKey ? (
              <span key={key} aria-current="page" className="font-medium">{label}</span>
            ) : (
              <Link key={key} href={`/admin/sign-ins?period=${key}`} className="text-sky-700 hover:underline">{label}</Link>
            ),
          )}
        </nav>
      </div>
      <p className="mb-6 max-w-3xl text-sm text-slate-600">
        An address that fails 5 times on an account is refused for that account for a minute, doubling with every further failure.
        An account that fails more than 10 times in 15 minutes from anywhere makes every attempt on it wait (up to 8 s), but the right
        password from another address still signs in.
      </p>
      {report.recent.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-6 text-slate-600">No failed sign-ins in the {period.label}.</p>
      ) : (
        <div className="space-y-8">
          <section aria-labelledby="by-account-heading">
            <h2 id="by-account-heading" className="mb-3 text-lg font-semibold">Per account</h2>
            <SimpleTable label="Failed sign-ins per account" headers={["Email", "Failures", "Addresses", "First", "Latest", "Now"]}>
              {report.byAccount.map((group) => {
                const delay = accountDelayMs(group.recentFailures);
                return (
                  <tr key={group.key} data-account={group.key}>
                    <td className="min-w-[12rem] px-4 py-2 break-all">
                      {group.key}
                      {!group.isAccount && <span className="ml-1 text-xs text-slate-500">(no such user)</span>}
                    </td>
                    <td className="px-4 py-2 tabular-nums" data-cell="failures">{group.failures}</td>
                    <td className="px-4 py-2 tabular-nums" data-cell="addresses">{group.spread}</td>
                    <td className="px-4 py-2"><TimeAgo date={group.firstAt} now={now} /></td>
                    <td className="px-4 py-2"><TimeAgo date={group.lastAt} now={now} /></td>
                    <td className="px-4 py-2 text-slate-600" data-cell="throttle">
                      {delay > 0 ? `each attempt waits ${delay / 1000} s` : "not slowed"}
                    </td>
                  </tr>
                );
              })}
            </SimpleTable>
          </section>
          <section aria-labelledby="by-address-heading">
            <h2 id="by-address-heading" className="mb-3 text-lg font-semibold">Per address</h2>
            <SimpleTable label="Failed sign-ins per address" headers={["Address", "Failures", "Accounts tried", "First", "Latest"]}>
              {report.byAddress.map((group) => (
                <tr key={group.key} data-address={group.key}>
                  <td className="px-4 py-2 font-mono break-all">{group.key}</td>
                  <td className="px-4 py-2 tabular-nums" data-cell="failures">{group.failures}</td>
                  <td className="px-4 py-2 tabular-nums" data-cell="accounts">{group.spread}</td>
                  <td className="px-4 py-2"><TimeAgo date={group.firstAt} now={now} /></td>
                  <td className="px-4 py-2"><TimeAgo date={group.lastAt} now={now} /></td>
                </tr>
              ))}
            </SimpleTable>
          </section>
          <section aria-labelledby="recent-heading">
            <h2 id="recent-heading" className="mb-3 text-lg font-semibold">Latest failures</h2>
            <SimpleTable label="Latest failed sign-ins" headers={["When", "Email", "Address"]}>
              {report.recent.map((failure, i) => (
                <tr key={`${failure.at.toISOString()}-${i}`} data-failure-email={failure.email} data-failure-address={failure.address}>
                  <td className="px-4 py-2"><TimeAgo date={failure.at} now={now} /></td>
                  <td className="min-w-[12rem] px-4 py-2 break-all">
                    {failure.email}
                    {!failure.isAccount && <span className="ml-1 text-xs text-slate-500">(no such user)</span>}
                  </td>
                  <td className="px-4 py-2 font-mono break-all">{failure.address}</td>
                </tr>
              ))}
            </SimpleTable>
          </section>
        </div>
      )}
    </>
  );
}
