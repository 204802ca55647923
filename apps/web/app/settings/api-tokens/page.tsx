// Personal API tokens for the read-only JSON API: create (shown once), list, revoke.
import { listApiTokens } from "@ratecard/db";
import type { Metadata } from "next";
import { ApiTokenForm } from "../../../components/api-token-form";
import { requireUser } from "../../../lib/auth/require-user";
import { getDb } from "../../../lib/db";
import { formatTimestamp } from "../../../lib/format-timestamp";
import { revokeTokenAction } from "./actions";
import { SimpleTable } from "../../../components/simple-table";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "API tokens" };

function statusOf(token: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): "active" | "revoked" | "expired" {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && token.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}

export default async function ApiTokensPage() {
  const user = await requireUser();
  const tokens = await listApiTokens(getDb(), user.id);
  const now = new Date();
  return (
    <>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">API tokens</h1>
        <p className="text-sm text-slate-500">Read-only access to /api/v1 for scripts, as {user.email}</p>
      </div>
      <section className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <ApiTokenForm />
      </section>
      {tokens.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-sm text-slate-600">
          No API tokens yet. Create one above and send it as <code className="font-mono">Authorization: Bearer &lt;token&gt;</code>.
        </div>
      ) : (
        <SimpleTable headers={["Name", "Token", "Created", "Last used", "Expires", "Status", ""]}>
          {tokens.map((token) => {
            const status = statusOf(token, now);
            return (
              <tr key={token.id} data-token-name={token.name}>
                <td className="px-4 py-2">{token.name}</td>
                <td className="px-4 py-2 font-mono text-xs text-slate-500">{token.prefix}…</td>
                <td className="whitespace-nowrap px-4 py-2 text-slate-500">{formatTimestamp(token.createdAt)}</td>
                <td className="whitespace-nowrap px-4 py-2 text-slate-500">{token.lastUsedAt ? formatTimestamp(token.lastUsedAt) : "never"}</td>
                <td className="whitespace-nowrap px-4 py-2 text-slate-500">{token.expiresAt ? formatTimestamp(token.expiresAt) : "never"}</td>
                <td className="px-4 py-2">
                  <span
                    className={`rounded-full px-2 py-0.5 text-xs ring-1 ring-inset ${status === "active" ? "bg-emerald-50 text-emerald-800 ring-emerald-200" : "bg-slate-100 text-slate-600 ring-slate-200"}`}
                  >
                    {status}
                  </span>
                </td>
                <td className="px-4 py-2 text-right">
                  {status === "active" && (
                    <form action={revokeTokenAction}>
                      <input type="hidden" name="tokenId" value={token.id} />
                      <button type="submit" aria-label={`Revoke ${token.name}`} className="text-sm text-red-700 hover:underline">
                        Revoke
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            );
          })}
        </SimpleTable>
      )}
    </>
  );
}
