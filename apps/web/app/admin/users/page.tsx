// Who can sign in, and with which role; admins only.
import { listUsers } from "@ratecard/db";
import type { Metadata } from "next";
import { requireAdmin } from "../../../lib/auth/require-admin";
import { getDb } from "../../../lib/db";
import { formatTimestamp } from "../../../lib/format-timestamp";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  await requireAdmin();
  const users = await listUsers(getDb());
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold tracking-tight">Users</h1>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="min-w-full text-sm">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th className="px-4 py-2 font-medium">Email</th>
              <th className="px-4 py-2 font-medium">Role</th>
              <th className="px-4 py-2 font-medium">Created</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((user) => (
              <tr key={user.id} data-user-email={user.email}>
                <td className="px-4 py-2">{user.email}</td>
                <td className="px-4 py-2">{user.role}</td>
                <td className="px-4 py-2 text-slate-500">{formatTimestamp(user.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
